package qushi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import qushi.analytics.compare.KeynessOptions;
import qushi.analytics.compare.TrendOptions;
import qushi.analytics.core.BadInputException;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.keywords.KeywordOptions;
import qushi.analytics.keywords.Keywords;
import qushi.analytics.prepare.CleanDocument;
import qushi.analytics.prepare.PreparedCorpus;

/**
 * A corpus known by its counts alone gives the tables of the prepared corpus: the counts are handed
 * over as an engine would (passage × term counts, size figures, a term search), the statistics run
 * on them.
 */
class CountedCorpusTest {
  static final String A = "人工智能赋能千行百业。人工智能发展迅速，算力需求增长。芯片产业加快发展。\n\n算力网络建设提速。";
  static final String B = "碳中和目标引领绿色转型，储能与氢能加快发展。\n\n人工智能与算力协同，碳中和路径清晰。";
  static final String C = "具身智能与人形机器人成为未来产业。\n\n人工智能大模型加快落地，算力需求增长。";

  /** Returns the counts of {@code q} as an engine hands them over. */
  static CountedCorpus counted(Qushi q) {
    PreparedCorpus p = q.corpus();
    int[] years = p.counts().years();
    CountedCorpus.Workers workers =
        new CountedCorpus.Workers() {
          @Override
          public int[][] occurrences(List<String> terms) {
            int[][] out = new int[terms.size()][years.length];
            for (int i = 0; i < terms.size(); i++)
              for (CleanDocument d : p.documents())
                out[i][java.util.Arrays.binarySearch(years, d.year())] +=
                    PreparedCorpus.occurrences(d.text(), terms.get(i));
            return out;
          }

          @Override
          public void close() {}
        };
    return new CountedCorpus(
        p.corpus(),
        p.text(),
        List.of(p.vocabulary().terms()),
        p.counts(),
        p.passages().stream().mapToInt(passage -> passage.document()).toArray(),
        p.stats(),
        workers);
  }

  @Test
  void countsAloneGiveTheSameTables() {
    Qushi q = Qushi.of(Corpus.ofTexts(2021, A, 2024, B, 2026, C));
    try (CountedCorpus c = counted(q)) {
      KeynessOptions k = KeynessOptions.defaults().withMinCount(1);
      assertEquals(
          q.compare(2026, 2021, k).table().printAll(), c.compare(2026, 2021, k).table().printAll());
      assertEquals(
          q.compare(2024, null, k).table().printAll(), c.compare(2024, null, k).table().printAll());
      assertEquals(
          q.compareAll(k, 100).table().printAll(), c.compareAll(k, 100).table().printAll());
      TrendOptions t = TrendOptions.defaults();
      assertEquals(q.trends(t).table().printAll(), c.trends(t).table().printAll());
      assertEquals(q.stats().list(), c.stats().list());
      assertEquals(q.count("人工智能", "算力").list(), c.count(List.of("人工智能", "算力")).list());
      for (Keywords.By by : Keywords.By.values()) {
        KeywordOptions o =
            KeywordOptions.defaults().withBy(by).withPhrases(0).withMinCount(1).withTop(5);
        assertEquals(q.keywords(o).list(), c.keywords(o).list(), by.toString());
      }
    }
  }

  @Test
  void sequencesAreNotAvailable() {
    try (CountedCorpus c = counted(Qushi.of(Corpus.ofTexts(2021, A, 2024, B)))) {
      assertThrows(BadInputException.class, () -> c.keywords(KeywordOptions.defaults()));
    }
  }
}
