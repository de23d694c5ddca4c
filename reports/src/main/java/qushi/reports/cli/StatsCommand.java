package qushi.reports.cli;

import picocli.CommandLine.Command;
import qushi.CorpusCounts;

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
final class StatsCommand extends TableCommand {

  @Override
  public Integer call() {
    try (CorpusCounts c = counts()) {
      return print(c.stats());
    }
  }
}
