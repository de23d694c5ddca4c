package qushi.spark;

import java.util.List;
import java.util.Map;
import org.apache.spark.broadcast.Broadcast;
import qushi.CountedCorpus;
import qushi.analytics.core.TextSearch;
import qushi.analytics.keywords.Pieces;
import qushi.analytics.prepare.PassageTokens;
import scala.Tuple2;

/**
 * What the executors answer on request for the corpus counted by {@link SparkCorpus#counted}: term
 * searches of the cached cleaned texts, summed per year on the executors.
 */
final class SparkWorkers implements CountedCorpus.Workers {
  private final SparkCorpus corpus;

  SparkWorkers(SparkCorpus corpus) {
    this.corpus = corpus;
  }

  @Override
  public int[][] occurrences(List<String> cleanedTerms) {
    int[] years = corpus.corpus().years().stream().mapToInt(Integer::intValue).toArray();
    Broadcast<String[]> terms = corpus.spark().broadcast(cleanedTerms.toArray(new String[0]));
    Map<Integer, long[]> byYear =
        SparkCorpus.run(
            () ->
                corpus
                    .documents()
                    .mapToPair(
                        d -> {
                          String[] q = terms.value();
                          long[] n = new long[q.length];
                          for (int i = 0; i < q.length; i++)
                            n[i] = TextSearch.occurrences(d.text(), q[i]);
                          return new Tuple2<>(d.year(), n);
                        })
                    .reduceByKey(SparkCorpus::sum)
                    .collectAsMap());
    int[][] out = new int[cleanedTerms.size()][years.length];
    for (int y = 0; y < years.length; y++) {
      long[] n = byYear.get(years[y]);
      if (n == null) continue;
      for (int i = 0; i < n.length; i++) out[i][y] = Math.toIntExact(n[i]);
    }
    return out;
  }

  @Override
  public Map<String, Long> pieceEvidence() {
    return SparkCorpus.run(
        () ->
            corpus
                .documents()
                .flatMapToPair(
                    d -> {
                      Map<String, Long> evidence = new java.util.HashMap<>();
                      int at = 0;
                      for (PassageTokens p : d.passages())
                        at = Pieces.add(p.size(), p::word, p::isTerm, d.text(), at, evidence);
                      return evidence.entrySet().stream()
                          .map(e -> new Tuple2<>(e.getKey(), e.getValue()))
                          .iterator();
                    })
                .reduceByKey(Long::sum)
                .collectAsMap());
  }

  @Override
  public void close() {
    corpus.close();
  }
}
