package qushi.analytics.compare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.keywords.Keyword;
import qushi.analytics.keywords.KeywordOptions;
import qushi.analytics.keywords.Keywords;

/**
 * The keywords of a year beyond its significant ones: on generated corpora of documents that each
 * keep to a topic, with terms planted to rise over the years, the year's list below the significant
 * block is led by the terms with the strongest evidence (the planted terms, spread over the year's
 * documents), not by the topic words of one document, whose effect looks large and is that
 * document's. The figures are printed.
 */
class KeywordRankingTest {
  private static final int YEARS = 10;
  private static final int DOCS_PER_YEAR = 6;
  private static final int PER_DOCUMENT = 10;
  private static final int PLANTED = 40;
  private static final int TOP = 20;

  @Tag("slow")
  @Test
  void beyondTheSignificantTheEvidenceLeadsNotOneDocument() {
    int runs = 4;
    int planted = 0;
    int oneDocument = 0;
    int insignificant = 0;
    for (int s = 0; s < runs; s++) {
      int docs = YEARS * DOCS_PER_YEAR;
      int[] docYear = new int[docs];
      for (int d = 0; d < docs; d++) docYear[d] = d % YEARS;
      SyntheticCorpus g =
          SyntheticCorpus.documents(
              300 + s, docYear, YEARS, PER_DOCUMENT, 2000, 0.4, 0.3, PLANTED, 2);
      Object[] pairs = new Object[2 * docs];
      int[] passageDocument = new int[docs * PER_DOCUMENT];
      for (int d = 0; d < docs; d++) {
        pairs[2 * d] = 2010 + docYear[d];
        pairs[2 * d + 1] = "文本";
        for (int p = 0; p < PER_DOCUMENT; p++) passageDocument[d * PER_DOCUMENT + p] = d;
      }
      int[] years = new int[YEARS];
      for (int y = 0; y < YEARS; y++) years[y] = 2010 + y;
      List<Keyword> last =
          Keywords.of(
                  Corpus.ofTexts(pairs).documents(),
                  passageDocument,
                  years,
                  g.matrix,
                  g.terms::get,
                  new boolean[g.terms.size()],
                  id -> new int[0],
                  new KeywordOptions(Keywords.By.YEAR, null, Keywords.Method.KEYNESS, TOP, 0, 3))
              .stream()
              .filter(k -> k.group().equals("2019"))
              .toList();
      for (Keyword k : last) {
        if (k.pAdj() < 0.05) continue;
        insignificant++;
        int j = Integer.parseInt(k.term().substring(1));
        if (j >= 10 && j < 10 + PLANTED) planted++;
        if (k.topDocShare() >= Keyword.CONCENTRATED) oneDocument++;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "keywords of the last year below the significant block, %d runs: %d keywords, %d planted,"
            + " %d mostly one document's%n",
        runs,
        insignificant,
        planted,
        oneDocument);
    assertTrue(insignificant >= runs * TOP / 2, "keywords below the significant: " + insignificant);
    // ordered by the interval's lower end: 60 of 80 mostly one document's, none planted
    assertTrue(oneDocument <= insignificant / 4, "one document's: " + oneDocument);
    assertTrue(planted >= runs, "planted: " + planted + " of " + insignificant);
  }
}
