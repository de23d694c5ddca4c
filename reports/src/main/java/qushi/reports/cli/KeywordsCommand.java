package qushi.reports.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import qushi.analytics.Analysis;
import qushi.analytics.Tables;
import qushi.analytics.keywords.Collocations;
import qushi.analytics.keywords.Keyword;
import qushi.analytics.keywords.Keywords;

/** {@code qushi keywords}: distinctive terms and key phrases per year or document. */
@Command(name = "keywords", mixinStandardHelpOptions = true,
    description = {
      "Print the distinctive terms (kind=term) and key phrases (kind=phrase) of each year or document.",
      "tfidf (class-based): score = tf(t,g)/n(g) * ln(1 + A/f(t)); tf = count of t in group g, n = term tokens "
          + "of g, A = mean term tokens per group, f = count of t in all groups.",
      "textrank: weighted PageRank (d=0.85) over the graph of terms co-occurring within 5 term positions.",
      "Key phrases: adjacent term pairs with Dunning's log-likelihood G2 >= 10.83 (p<0.001), ranked by the same "
          + "tfidf formula."
    })
final class KeywordsCommand implements Callable<Integer> {
  @Option(names = "--by", paramLabel = "year|doc", description = "Group by year or document (default: ${DEFAULT-VALUE}).")
  String by = "year";

  @Option(names = "--method", paramLabel = "tfidf|textrank", description = "Scoring (default: ${DEFAULT-VALUE}).")
  String method = "tfidf";

  @Option(names = "--top", paramLabel = "N", description = "Terms per group (default: ${DEFAULT-VALUE}).")
  int top = 20;

  @Option(names = "--min-count", paramLabel = "N",
      description = "Fewest occurrences in a group to be ranked (default: ${DEFAULT-VALUE}).")
  int minCount = 2;

  @Option(names = "--no-phrases", description = "Leave out key phrases.")
  boolean noPhrases;

  @Mixin CorpusOptions corpus;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Keywords.By b = Enums.parse(Keywords.By.class, "--by", by);
    Keywords.Method m = Enums.parse(Keywords.Method.class, "--method", method);
    Analysis a = corpus.analyse();
    List<Keyword> rows = new ArrayList<>(Keywords.of(a, b, m, top, minCount));
    if (!noPhrases) rows.addAll(Collocations.keywords(a, b, top, Math.max(2, minCount)));
    output.print(Tables.of("keywords", Keyword.class, rows), spec.commandLine().getOut());
    return 0;
  }
}
