package qushi.analytics.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import qushi.analytics.prepare.Counts;
import tech.tablesaw.api.Table;

class TrendClassifierTest {
  /** Seven large earlier years (≈40,000 tokens) and a small last year of 1,500 tokens. */
  private static final int[] YEARS = {2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026};

  private static final long[] TOKENS = {5000, 6000, 5500, 6500, 5000, 6000, 6000, 1500};

  private final List<String> terms = new ArrayList<>();
  private final List<long[]> rows = new ArrayList<>();

  /** Adds a term whose earlier count is spread over the earlier years by their size. */
  private void term(String name, long earlier, long last) {
    long earlierTokens = 40_000;
    long[] series = new long[YEARS.length];
    long left = earlier;
    for (int y = 0; y < YEARS.length - 1; y++) {
      series[y] =
          y == YEARS.length - 2 ? left : Math.round((double) earlier * TOKENS[y] / earlierTokens);
      left -= series[y];
    }
    series[YEARS.length - 1] = last;
    terms.add(name);
    rows.add(series);
  }

  private TrendTable classify(TrendOptions options) {
    // Thirty steady filler terms at 5 … 150 per 10,000 tokens form most of the test family.
    for (int i = 0; i < 30; i++) {
      double rate = (i + 1) * 5e-4;
      term(String.format("f%02d", i), Math.round(rate * 40_000), Math.round(rate * 1_500));
    }
    term("新质生产力", 0, 12);
    term("一次性", 0, 2);
    term("脱贫攻坚", 400, 0);
    term("数字经济", 40, 15);
    term("落实", 800, 3);
    return TrendClassifier.classify(terms, YEARS, rows.toArray(long[][]::new), TOKENS, options);
  }

  @Test
  void classesFollowCountsSignificanceAndSize() {
    TrendTable t = classify(TrendOptions.defaults().withMinCount(2));
    assertEquals(TrendClass.EMERGING, t.row("新质生产力").orElseThrow().trend());
    assertEquals(TrendClass.VANISHED, t.row("脱贫攻坚").orElseThrow().trend());
    assertEquals(TrendClass.RISING, t.row("数字经济").orElseThrow().trend());
    assertEquals(TrendClass.FALLING, t.row("落实").orElseThrow().trend());
    // Two sightings in 1,500 tokens against none in 40,000 is not yet evidence.
    assertEquals(TrendClass.STABLE, t.row("一次性").orElseThrow().trend());
    assertEquals(30, t.counts().get(TrendClass.STABLE) - 1);
    assertEquals(TrendClass.EMERGING, t.rows().get(0).trend());
  }

  @Test
  void termsBelowMinCountAreNotClassified() {
    TrendTable t = classify(TrendOptions.defaults());
    assertTrue(t.row("一次性").isEmpty());
    assertEquals(TrendClass.EMERGING, t.row("新质生产力").orElseThrow().trend());
  }

  @Test
  void minLogRatioKeepsSmallShiftsStable() {
    // 数字经济 rises tenfold (log₂ ≈ 3.3): significant, but below a threshold of 4.
    TrendTable t = classify(TrendOptions.defaults().withMinLogRatio(4));
    assertEquals(TrendClass.STABLE, t.row("数字经济").orElseThrow().trend());
    assertEquals(TrendClass.EMERGING, t.row("新质生产力").orElseThrow().trend());
  }

  @Test
  void rowsCarryRateSeriesAndTableHasYearColumns() {
    TrendTable t = classify(TrendOptions.defaults());
    TrendRow r = t.row("数字经济").orElseThrow();
    long[] series = rows.get(terms.indexOf("数字经济"));
    double[] expected = new double[YEARS.length];
    for (int y = 0; y < YEARS.length; y++) {
      expected[y] = series[y] * 1e4 / TOKENS[y];
    }
    assertArrayEquals(expected, r.per10k(), 1e-12);
    assertEquals(100.0, r.per10k()[YEARS.length - 1], 1e-12);
    assertEquals(15, r.lastCount());
    assertEquals(40, r.earlierCount());
    Table table = t.table();
    assertEquals(t.rows().size(), table.rowCount());
    assertTrue(table.columnNames().contains(TrendTable.per10kColumn(2019)));
    assertEquals(TrendTable.TERM, table.columnNames().get(0));
    assertEquals(2 + YEARS.length + 6, table.columnCount());
    assertTrue(t.toString().contains("2019–2026"));
  }

  @Test
  void passageOverloadAgreesWithTotalsAndIsQuietUnderTheNull() {
    SyntheticCorpus corpus = SyntheticCorpus.generate(300, 400, 0.4, 11);
    int[] labels = SyntheticCorpus.shuffledYears(300, 5);
    int[] passageYears = new int[labels.length];
    long[][] counts = new long[400][3];
    long[] tokens = new long[3];
    for (int p = 0; p < labels.length; p++) {
      passageYears[p] = 2024 + labels[p];
      tokens[labels[p]] += corpus.matrix.tokens(p);
      for (int j = 0; j < 400; j++) {
        counts[j][labels[p]] += corpus.matrix.count(p, j);
      }
    }
    TrendOptions plain =
        TrendOptions.defaults().withKeyness(KeynessOptions.defaults().withQuasiLikelihood(false));
    TrendTable fromPassages =
        TrendClassifier.classify(corpus.terms, Counts.of(corpus.matrix, passageYears), plain);
    TrendTable fromTotals =
        TrendClassifier.classify(corpus.terms, new int[] {2024, 2025, 2026}, counts, tokens, plain);
    assertEquals(fromTotals, fromPassages);
    TrendTable corrected =
        TrendClassifier.classify(
            corpus.terms, Counts.of(corpus.matrix, passageYears), TrendOptions.defaults());
    assertTrue(
        corrected.counts().get(TrendClass.STABLE) >= corrected.rows().size() - 1,
        corrected.toString());
  }

  @Test
  void badInputIsRejected() {
    long[][] counts = {{1, 2}};
    List<String> one = List.of("x");
    TrendOptions o = TrendOptions.defaults();
    assertThrows(
        IllegalArgumentException.class,
        () ->
            TrendClassifier.classify(
                one, new int[] {2020}, new long[][] {{1}}, new long[] {10}, o));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            TrendClassifier.classify(one, new int[] {2021, 2020}, counts, new long[] {10, 10}, o));
    assertThrows(
        IllegalArgumentException.class,
        () -> TrendClassifier.classify(one, new int[] {2020, 2021}, counts, new long[] {10, 0}, o));
    assertThrows(IllegalArgumentException.class, () -> o.withMinLogRatio(-1));
  }
}
