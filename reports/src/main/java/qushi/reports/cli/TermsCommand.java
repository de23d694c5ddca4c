package qushi.reports.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code qushi terms}: the multiword terms learned from the corpus. */
@Command(
    name = "terms",
    mixinStandardHelpOptions = true,
    description = {
      "List the multiword terms learned from the corpus and kept whole in every analysis, largest"
          + " G² first: term, the segmenter pieces it was merged from, its count as a token, and"
          + " the statistics of the merge that made it.",
      "A pair of adjacent tokens A B is merged when n ≥ 5, G² ≥ the χ²(1) quantile at 1 − 0.05/m"
          + " (m pairs tested: Bonferroni), NPMI = ln(n·N/(c(A)·c(B)))/−ln(n/N) ≥ 0.3 and"
          + " max(forward = n/c(A), backward = n/c(B)) ≥ 0.2; three rounds grow longer terms. A"
          + " learned term has free boundaries: the entropy of the tokens before and after it is"
          + " ≥ 1.0 nats (left_entropy, right_entropy). Function words, numbers and stopwords never"
          + " start a term; generic verbs (推动, 加强) never start one either.",
      "Quoted terms follow: two or more Han tokens that the texts put alone in quotation marks"
          + " (“…”, 「…」) in at least two passages (quoted = those passages), whatever the pieces"
          + " (“两个维护”), unless a piece is a preposition, pronoun or 的/了, or the quotation starts"
          + " with a generic verb or an adverb; they have no merge statistics.",
      "--no-learned-terms turns learning off; --not-terms FILE removes terms you reject; a term"
          + " of your --lexicon is never merged into a longer one."
    })
final class TermsCommand extends TableCommand {
  @Option(names = "--top", paramLabel = "N", description = "Only the first N terms (default: all).")
  int top = Integer.MAX_VALUE;

  @Override
  public Integer call() {
    var terms = open().terms();
    return print(top < Integer.MAX_VALUE ? terms.first(top) : terms);
  }
}
