package qushi.reports.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code qushi stats}: size figures per year. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
      "Print per year: documents, sections, passages, characters, tokens, term tokens, distinct"
          + " terms.",
      "characters = non-whitespace characters of the cleaned text; tokens = segmenter tokens with a"
          + " letter or digit (the denominator of per10k); term_tokens = tokens that pass the term"
          + " filter (stopwords, numbers, single characters, part of speech); terms = distinct term"
          + " tokens."
    })
final class StatsCommand implements Callable<Integer> {
  @Mixin CorpusOptions corpus;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    output.print(corpus.open(spec.commandLine().getErr()).stats(), spec.commandLine().getOut());
    return 0;
  }
}
