package qushi.analytics.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.prepare.Counts;
import qushi.analytics.prepare.PassageMatrix;
import qushi.analytics.prepare.TermColumns;
import qushi.analytics.prepare.TestUnits;

/**
 * Documents as the units of the tests when most of the text is in years of several: on generated
 * corpora whose documents each keep to a topic and whose years hold no change, passage units call
 * hundreds of terms significant and document units next to none; planted rises are still found. The
 * figures are printed.
 */
class DocumentUnitsTest {
  private static final int YEARS = 10;
  private static final int PER_DOCUMENT = 10;
  private static final int VOCABULARY = 2000;
  private static final int PLANTED = 40;

  @Test
  void mergedSumsTheRowsOfEachGroup() {
    // passages 0 and 2 are document 0, passage 1 is document 1
    PassageMatrix m =
        PassageMatrix.builder(3)
            .add(10, new int[] {0, 2}, new int[] {2, 1})
            .add(5, new int[] {1}, new int[] {4})
            .add(7, new int[] {0, 1}, new int[] {3, 1})
            .build();
    PassageMatrix d = m.merged(new int[] {0, 1, 0}, 2);
    assertEquals(2, d.passages());
    assertEquals(17, d.tokens(0));
    assertEquals(5, d.tokens(1));
    assertArrayEquals(new int[] {5, 1, 1}, new int[] {d.count(0, 0), d.count(0, 1), d.count(0, 2)});
    assertArrayEquals(new int[] {0, 4, 0}, new int[] {d.count(1, 0), d.count(1, 1), d.count(1, 2)});
  }

  @Test
  void documentsAreTheUnitsWhenMostYearsHaveTwo() {
    PassageMatrix m = oneTerm(1, 2, 0, 3);
    int[] years = {2020, 2020, 2021, 2021};
    Counts counts = Counts.of(m, years);
    TermColumns columns = TermColumns.of(m);
    TestUnits two = TestUnits.of(counts, columns, new int[] {0, 1, 2, 3});
    assertTrue(two.documents());
    assertEquals(4, two.columns().passages());
    // 2021's two passages are one document: a year of one document keeps the passages
    TestUnits one = TestUnits.of(counts, columns, new int[] {0, 1, 2, 2});
    assertFalse(one.documents());
    assertEquals(4, one.columns().passages());
    assertArrayEquals(new int[] {0, 1, 2, 3}, one.passageUnit());
    // 2021 has two documents, one of passages 2 and 3, one of passage 4: four units
    PassageMatrix four = oneTerm(1, 2, 0, 3, 1);
    TestUnits docs =
        TestUnits.of(
            Counts.of(four, new int[] {2020, 2020, 2021, 2021, 2021}),
            TermColumns.of(four),
            new int[] {0, 1, 2, 2, 3});
    assertTrue(docs.documents());
    assertArrayEquals(new int[] {0, 1, 2, 2, 3}, docs.passageUnit());
    assertEquals(4, docs.columns().passages());
    assertEquals(8, docs.counts().matrix().tokens(2));
    assertEquals(3, docs.counts().matrix().count(2, 0));
    assertArrayEquals(new boolean[] {false, false, true, true}, docs.mask(new int[] {2021}));
  }

  /**
   * Documents are the units when three quarters of the passages, not of the years, lie in years of
   * several documents: a year of one short document does not turn every test to passages, and a
   * year of one long report among years of a few notes does.
   */
  @Test
  void theUnitsFollowWhereTheTextIs() {
    // 2001: 3 documents of 2 passages, and so 2002 and 2003; 2004: one of 3 passages
    int[] document = {0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 9};
    int[] year = new int[document.length];
    for (int p = 0; p < year.length; p++) year[p] = p < 18 ? 2001 + p / 6 : 2004;
    // 3 of 4 years, 18 of 21 passages, 10 documents >= 2 x 4 years
    assertTrue(TestUnits.documents(document, year));
    // a 2005 of one line: 3 of 5 years hold several, but 18 of 22 passages
    int[] withNote = java.util.Arrays.copyOf(document, document.length + 1);
    int[] noteYear = java.util.Arrays.copyOf(year, year.length + 1);
    withNote[document.length] = 10;
    noteYear[year.length] = 2005;
    assertTrue(TestUnits.documents(withNote, noteYear));
    // four years of three one-passage notes, and a year of one report of 40 passages: 4 of 5
    // years hold several, but 12 of 52 passages
    int[] report = new int[52];
    int[] reportYear = new int[52];
    for (int p = 0; p < 52; p++) {
      report[p] = p < 12 ? p : 12;
      reportYear[p] = p < 12 ? 2001 + p / 3 : 2005;
    }
    assertFalse(TestUnits.documents(report, reportYear));
  }

  /** Returns a matrix of one term and passages of 4 tokens with the given counts of it. */
  private static PassageMatrix oneTerm(int... counts) {
    PassageMatrix.Builder b = PassageMatrix.builder(1);
    for (int c : counts) b.add(4, new int[] {0}, new int[] {c});
    return b.build();
  }

  /** The corpus's documents: {@code docsPerYear} a year, document d in year d mod YEARS. */
  private static Comparisons comparisons(SyntheticCorpus g, int docsPerYear) {
    return comparisons(g, docYears(docsPerYear));
  }

  /** The corpus's documents: document d in year 2010 + {@code docYear[d]}. */
  private static Comparisons comparisons(SyntheticCorpus g, int[] docYear) {
    int docs = docYear.length;
    Object[] pairs = new Object[2 * docs];
    int[] passageYears = new int[docs * PER_DOCUMENT];
    int[] passageDocument = new int[docs * PER_DOCUMENT];
    for (int d = 0; d < docs; d++) {
      pairs[2 * d] = 2010 + docYear[d];
      pairs[2 * d + 1] = "文本";
      for (int p = 0; p < PER_DOCUMENT; p++) {
        passageYears[d * PER_DOCUMENT + p] = 2010 + docYear[d];
        passageDocument[d * PER_DOCUMENT + p] = d;
      }
    }
    return new Comparisons(
        Corpus.ofTexts(pairs), g.terms, Counts.of(g.matrix, passageYears), passageDocument);
  }

  /** Returns the year (0 … YEARS − 1) of each document, {@code docsPerYear} a year. */
  private static int[] docYears(int docsPerYear) {
    int[] docYear = new int[YEARS * docsPerYear];
    for (int d = 0; d < docYear.length; d++) docYear[d] = d % YEARS;
    return docYear;
  }

  /**
   * Returns the year of each document: 6 a year, but the first year holds one (a corpus whose first
   * year has a single item).
   */
  private static int[] oneDocumentFirstYear() {
    return java.util.stream.IntStream.of(docYears(6))
        .filter(
            new java.util.function.IntPredicate() {
              int firstYear;

              @Override
              public boolean test(int y) {
                return y != 0 || firstYear++ == 0;
              }
            })
        .toArray();
  }

  private static SyntheticCorpus corpus(long seed, int docsPerYear, double factor) {
    return corpus(seed, docYears(docsPerYear), factor);
  }

  private static SyntheticCorpus corpus(long seed, int[] docYear, double factor) {
    return SyntheticCorpus.documents(
        seed, docYear, YEARS, PER_DOCUMENT, VOCABULARY, 0.4, 0.3, PLANTED, factor);
  }

  private static long significant(TrendTable t, boolean planted) {
    return t.rows().stream()
        .filter(r -> r.pAdjusted() < 0.05)
        .filter(
            r -> {
              int j = Integer.parseInt(r.term().substring(1));
              return (j >= 10 && j < 10 + PLANTED) == planted;
            })
        .count();
  }

  @Tag("slow")
  @Test
  void withoutChangeDocumentUnitsStayQuietWherePassageUnitsDoNot() {
    int runs = 5;
    long passageFalse = 0;
    long documentFalse = 0;
    int any = 0;
    for (int s = 0; s < runs; s++) {
      SyntheticCorpus g = corpus(100 + s, 6, 1);
      Comparisons c = comparisons(g, 6);
      assertTrue(c.documentUnits());
      long f = significant(c.trend(TrendOptions.defaults()), false);
      documentFalse += f;
      any += f > 0 ? 1 : 0;
      int[] years = new int[YEARS];
      for (int y = 0; y < YEARS; y++) years[y] = 2010 + y;
      int[] passageYears = new int[g.matrix.passages()];
      for (int p = 0; p < passageYears.length; p++)
        passageYears[p] = 2010 + (p / PER_DOCUMENT) % YEARS;
      passageFalse +=
          significant(
              TrendClassifier.classify(
                  g.terms,
                  Counts.of(g.matrix, passageYears),
                  TermColumns.of(g.matrix),
                  years,
                  TrendOptions.defaults()),
              false);
      // keyness of the last year against the first: no change either
      documentFalse += c.compare(2019, 2010, KeynessOptions.defaults()).significant().size();
    }
    System.out.printf(
        Locale.ROOT,
        "document-clustered null, %d runs of 60 documents: significant terms per run, passage"
            + " units %.1f, document units %.1f; runs with any (trend, document units) %d%n",
        runs,
        (double) passageFalse / runs,
        (double) documentFalse / runs,
        any);
    assertTrue(passageFalse / runs > 100, "passage units: " + passageFalse / runs);
    assertTrue(documentFalse <= runs, "document units: " + documentFalse);
    assertTrue(any <= 1, "runs with a false trend: " + any);
  }

  @Tag("slow")
  @Test
  void documentUnitsFindPlantedRises() {
    int runs = 3;
    for (int docsPerYear : new int[] {6, 20}) {
      long found = 0;
      long other = 0;
      for (int s = 0; s < runs; s++) {
        SyntheticCorpus g = corpus(200 + s, docsPerYear, 4);
        TrendTable t = comparisons(g, docsPerYear).trend(TrendOptions.defaults());
        found += significant(t, true);
        other += significant(t, false);
      }
      double share = (double) found / (runs * PLANTED);
      System.out.printf(
          Locale.ROOT,
          "planted 4x rises, %d documents a year: share found %.2f, other terms significant per"
              + " run %.1f%n",
          docsPerYear,
          share,
          (double) other / runs);
      assertTrue(share >= (docsPerYear == 6 ? 0.5 : 0.85), docsPerYear + ": " + share);
    }
  }

  @Tag("slow")
  @Test
  void aFirstYearOfOneDocumentKeepsTheDocumentsAsUnits() {
    // 6 documents a year, but one in the first: the old rule (every year two) fell back to
    // passages for every test, and one document's words became trends; now the one document is a
    // unit and the spread between documents is learned from the other nine years (the other terms
    // significant beside planted rises are mostly real: their shares fall as the planted rise)
    int[] docYear = oneDocumentFirstYear();
    assertEquals(55, docYear.length);
    int runs = 3;
    long nullFalse = 0;
    long found = 0;
    long other = 0;
    for (int s = 0; s < runs; s++) {
      Comparisons none = comparisons(corpus(300 + s, docYear, 1), docYear);
      assertTrue(none.documentUnits());
      nullFalse += significant(none.trend(TrendOptions.defaults()), false);
      nullFalse += none.compare(2019, 2010, KeynessOptions.defaults()).significant().size();
      nullFalse += none.compare(2010, 2019, KeynessOptions.defaults()).significant().size();
      TrendTable rises =
          comparisons(corpus(400 + s, docYear, 4), docYear).trend(TrendOptions.defaults());
      found += significant(rises, true);
      other += significant(rises, false);
    }
    double share = (double) found / (runs * PLANTED);
    System.out.printf(
        Locale.ROOT,
        "first year of one document, %d runs of 55 documents: false terms per run without change"
            + " %.1f; planted 4x rises found %.2f, other terms significant per run %.1f%n",
        runs,
        (double) nullFalse / runs,
        share,
        (double) other / runs);
    assertTrue(nullFalse <= runs, "without change: " + nullFalse);
    assertTrue(share >= 0.5, "planted rises found: " + share);
  }

  @Test
  void aYearOfOneDocumentResamplesItsPassages() {
    // documents are the units, but the first year has one: resampling one unit would give every
    // rate of that year the width of a Poisson count alone (and a topic's prevalence none)
    int[] docYear = oneDocumentFirstYear();
    Comparisons c = comparisons(corpus(500, docYear, 1), docYear);
    assertTrue(c.documentUnits());
    BootstrapOptions o = BootstrapOptions.defaults().withResamples(200);
    PassageMatrix first = c.counts.matrix().subset(c.counts.passagesOf(2010));
    assertEquals(Bootstrap.rateIntervals(first, o, 7), c.intervals(2010, o, 7));
    // a year of several documents resamples its documents
    PassageMatrix later = c.counts.matrix().subset(c.counts.passagesOf(2011));
    assertFalse(Bootstrap.rateIntervals(later, o, 7).equals(c.intervals(2011, o, 7)));
  }
}
