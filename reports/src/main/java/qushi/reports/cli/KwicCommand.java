package qushi.reports.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import qushi.analytics.context.Kwic;

/** {@code qushi kwic}: every occurrence of a term with its context. */
@Command(
    name = "kwic",
    mixinStandardHelpOptions = true,
    description = {
      "Print year, doc, section, position, left context, match and right context for every"
          + " occurrence of TERM in the cleaned text (as many lines as 'qushi count TERM' counts).",
      "position = character offset in the document's cleaned text (see 'qushi segment --clean')."
    })
final class KwicCommand extends TableCommand {
  @Parameters(paramLabel = "TERM", description = "Term or phrase.")
  String term;

  @Option(
      names = "--window",
      paramLabel = "N",
      description = "Context characters on each side (default: ${DEFAULT-VALUE}).")
  int window = Kwic.DEFAULT_WINDOW;

  @Override
  public Integer call() {
    return print(open().kwic(term, window));
  }
}
