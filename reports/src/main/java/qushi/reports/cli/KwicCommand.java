package qushi.reports.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import qushi.analytics.context.Kwic;

/** {@code qushi kwic}: every occurrence of a term with its context. */
@Command(name = "kwic", mixinStandardHelpOptions = true)
final class KwicCommand extends TableCommand {
  @Parameters(paramLabel = "TERM")
  String term;

  @Option(names = "--window", paramLabel = "N")
  int window = Kwic.DEFAULT_WINDOW;

  @Override
  public Integer call() {
    return print(open().kwic(term, window));
  }
}
