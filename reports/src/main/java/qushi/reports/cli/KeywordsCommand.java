package qushi.reports.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import qushi.analytics.keywords.KeywordOptions;
import qushi.analytics.keywords.Keywords;

/** {@code qushi keywords}: distinctive terms and key phrases per year or document. */
@Command(
    name = "keywords",
    mixinStandardHelpOptions = true,
    description = {
      "Print the distinctive terms (kind=term) and key phrases (kind=phrase) of each year or"
          + " document.",
      "keyness (default): the group against all other groups with the passage-level keyness test"
          + " ('qushi compare --help'); score = the lower end of the 95% interval of the log ratio;"
          + " terms with score > 0, those significant (discrete Benjamini-Hochberg p_adj < 0.05)"
          + " first, each block by score descending. A word frequent in every year has a ratio"
          + " near 1 and stays out unless that year really uses it more.",
      "tfidf (class-based): score = tf(t,g)/n(g) * ln(1 + A/f(t)); tf = count of t in group g, n ="
          + " term tokens of g, A = mean term tokens per group, f = count of t in all groups.",
      "textrank: weighted PageRank (d=0.85) over the graph of terms co-occurring within 5 term"
          + " positions.",
      "Key phrases: adjacent term pairs with Dunning's log-likelihood G2 >= 10.83 (p<0.001), ranked"
          + " by the same tfidf formula."
    })
final class KeywordsCommand extends TableCommand {
  private static final KeywordOptions DEFAULTS = KeywordOptions.defaults();

  @Option(
      names = "--by",
      paramLabel = "year|doc",
      description = "Group by year or document (default: year).")
  Keywords.By by = DEFAULTS.by();

  @Option(
      names = "--method",
      paramLabel = "keyness|tfidf|textrank",
      description = "Scoring (default: keyness).")
  Keywords.Method method = DEFAULTS.method();

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "Terms and phrases per group (default: ${DEFAULT-VALUE}).")
  int top = DEFAULTS.top();

  @Option(
      names = "--min-count",
      paramLabel = "N",
      description = "Fewest occurrences in a group to be ranked (default: ${DEFAULT-VALUE}).")
  int minCount = DEFAULTS.minCount();

  @Option(names = "--no-phrases", description = "Leave out key phrases.")
  boolean noPhrases;

  @Override
  public Integer call() {
    KeywordOptions o = new KeywordOptions(by, method, top, noPhrases ? 0 : top, minCount);
    // TextRank and key phrases read term sequences; c-TF-IDF needs the counts alone
    if (method == Keywords.Method.TEXTRANK || o.phrases() > 0) return print(open().keywords(o));
    return printFromCounts(c -> c.keywords(o));
  }
}
