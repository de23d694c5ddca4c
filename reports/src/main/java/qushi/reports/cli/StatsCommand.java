package qushi.reports.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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
          + " tokens; boilerplate = non-whitespace characters dropped as boilerplate (paragraphs"
          + " repeated at the start or end of 3 or more documents; --boilerplate lists them)."
    })
final class StatsCommand extends TableCommand {
  @Option(
      names = "--boilerplate",
      description =
          "List the paragraphs dropped as boilerplate (text, documents, occurrences, position)"
              + " instead of the figures per year.")
  boolean boilerplate;

  @Override
  public Integer call() {
    if (boilerplate) return print(open().boilerplate());
    return printFromCounts(CorpusCounts::stats);
  }
}
