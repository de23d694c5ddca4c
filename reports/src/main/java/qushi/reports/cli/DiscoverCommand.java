package qushi.reports.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code qushi discover}: candidate domain terms the lexicon lacks. */
@Command(name = "discover", mixinStandardHelpOptions = true)
final class DiscoverCommand extends TableCommand {
  @Option(names = "--max-length", paramLabel = "N")
  int maxLength = 6;

  @Mixin Limits limits = new Limits(50, 3);

  @Override
  public Integer call() {
    return print(open().discover(maxLength, limits.minCount, limits.top));
  }
}
