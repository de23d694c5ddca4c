package qushi.reports.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code qushi discover}: candidate domain terms the lexicon lacks. */
@Command(name = "discover", mixinStandardHelpOptions = true)
final class DiscoverCommand extends TableCommand {
  @Option(names = "--top", paramLabel = "N")
  int top = 50;

  @Option(names = "--max-length", paramLabel = "N")
  int maxLength = 6;

  @Option(names = "--min-count", paramLabel = "N")
  int minCount = 3;

  @Override
  public Integer call() {
    return print(open().discover(maxLength, minCount, top));
  }
}
