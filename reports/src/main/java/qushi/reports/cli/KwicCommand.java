package qushi.reports.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
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
final class KwicCommand implements Callable<Integer> {
  @Parameters(paramLabel = "TERM", description = "Term or phrase.")
  String term;

  @Option(
      names = "--window",
      paramLabel = "N",
      description = "Context characters on each side (default: ${DEFAULT-VALUE}).")
  int window = Kwic.DEFAULT_WINDOW;

  @Mixin CorpusOptions corpus;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    output.print(
        corpus.open(spec.commandLine().getErr()).kwic(term, window), spec.commandLine().getOut());
    return 0;
  }
}
