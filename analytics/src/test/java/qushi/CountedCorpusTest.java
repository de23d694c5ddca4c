package qushi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import qushi.analytics.compare.KeynessOptions;
import qushi.analytics.compare.TrendOptions;
import qushi.analytics.core.BadInputException;
import qushi.analytics.core.TextSearch;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.corpus.Document;
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
                    TextSearch.occurrences(d.text(), terms.get(i));
            return out;
          }

          @Override
          public java.util.Map<String, Long> pieceEvidence() {
            return qushi.analytics.keywords.Pieces.evidence(p);
          }

          @Override
          public void close() {}
        };
    return new CountedCorpus(
        p.corpus(),
        p.text(),
        List.of(p.vocabulary().terms()),
        p.counts(),
        java.util.stream.IntStream.range(0, p.vocabulary().size())
            .mapToObj(p::termsInside)
            .toArray(int[][]::new),
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
      for (Keywords.By by : List.of(Keywords.By.YEAR, Keywords.By.DOC)) {
        KeywordOptions o =
            KeywordOptions.defaults().withBy(by).withPhrases(0).withMinCount(1).withTop(5);
        assertEquals(q.keywords(o).list(), c.keywords(o).list(), by.toString());
      }
      // q.count() in jshell, with no term: an error, not an empty table
      assertThrows(BadInputException.class, () -> c.count());
      assertThrows(BadInputException.class, () -> q.count());
    }
  }

  @Test
  void keywordsByAManifestColumnAreTheSameFromCountsAlone() {
    List<Document> docs = ofKinds("forum", "report", "forum");
    Qushi q = Qushi.of(new Corpus(Path.of("."), docs, null));
    try (CountedCorpus c = counted(q)) {
      KeywordOptions o =
          KeywordOptions.defaults()
              .withMethod(Keywords.Method.TFIDF)
              .byColumn("kind")
              .withPhrases(0)
              .withMinCount(1)
              .withTop(20);
      List<qushi.analytics.keywords.Keyword> rows = q.keywords(o).list();
      assertEquals(rows, c.keywords(o).list());
      assertEquals(
          List.of("forum", "report"),
          rows.stream().map(k -> k.group()).distinct().toList(),
          "one group per value, in text order");
      // the forum documents, A (2021) and C (2026): 人工智能 twice in A, once in C
      var ai = keyword(rows, "forum", "人工智能");
      assertEquals(docs.get(0).id(), ai.topDoc());
      assertEquals(2.0 / 3, ai.topDocShare(), 1e-12);
      assertEquals(docs.get(2).id(), keyword(rows, "forum", "具身智能").topDoc());
      assertEquals(1.0, keyword(rows, "forum", "具身智能").topDocShare());
      // a group of one document: its share says nothing
      assertEquals(docs.get(1).id(), keyword(rows, "report", "碳中和").topDoc());
      assertTrue(Double.isNaN(keyword(rows, "report", "碳中和").topDocShare()));
      assertThrows(
          BadInputException.class,
          () -> q.keywords(KeywordOptions.defaults().byColumn("province")));
    }
  }

  @Test
  void aDocumentWithoutAValueIsInTheGroupNamedDashWhereverDocumentsAreGroupedByTheColumn() {
    Qushi q = Qushi.of(new Corpus(Path.of("."), ofKinds("forum", " ", "forum"), null));
    KeywordOptions o =
        KeywordOptions.defaults()
            .withMethod(Keywords.Method.TFIDF)
            .byColumn("kind")
            .withPhrases(0)
            .withMinCount(1);
    assertEquals(
        List.of("-", "forum"),
        q.keywords(o).list().stream().map(k -> k.group()).distinct().toList(),
        "the blank value is the group '-', as in the strata note");
    // 碳中和 is in B alone: the 2024 document, the one without a kind
    assertEquals(
        List.of("2024 - 2"),
        q.corpus().count(List.of("碳中和"), "kind").stream()
            .filter(c -> c.count() > 0)
            .map(c -> c.year() + " " + c.group() + " " + c.count())
            .toList());
  }

  /** Returns the documents of A (2021), B (2024) and C (2026) with these values of "kind". */
  private static List<Document> ofKinds(String... kinds) {
    List<Document> docs = new java.util.ArrayList<>();
    List<Document> plain = Corpus.ofTexts(2021, A, 2024, B, 2026, C).documents();
    for (int i = 0; i < plain.size(); i++) {
      Document d = plain.get(i);
      docs.add(
          new Document(
              d.id(),
              d.file(),
              d.year(),
              d.title(),
              d.source(),
              Map.of("kind", kinds[i]),
              d.content()));
    }
    return docs;
  }

  private static qushi.analytics.keywords.Keyword keyword(
      List<qushi.analytics.keywords.Keyword> rows, String group, String term) {
    return rows.stream()
        .filter(k -> k.group().equals(group) && k.term().equals(term))
        .findFirst()
        .orElseThrow(() -> new AssertionError(group + " " + term + " not among " + rows));
  }

  @Test
  void sequencesAreNotAvailable() {
    try (CountedCorpus c = counted(Qushi.of(Corpus.ofTexts(2021, A, 2024, B)))) {
      assertThrows(BadInputException.class, () -> c.keywords(KeywordOptions.defaults()));
    }
  }
}
