package qushi.analytics.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import qushi.analytics.prepare.Counts;
import qushi.analytics.prepare.PassageMatrix;
import qushi.analytics.prepare.TermColumns;
import qushi.analytics.stats.LogLikelihood;
import tech.tablesaw.api.Table;

class TrendClassifierTest {
  /** Twelve report years 2013–2025 without 2020, 20,000 tokens each. */
  private static final int[] YEARS = {
    2013, 2014, 2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025
  };

  private final List<String> terms = new ArrayList<>();
  private final List<long[]> rows = new ArrayList<>();

  private void term(String name, long... series) {
    terms.add(name);
    rows.add(series);
  }

  private static long[] tokens() {
    long[] t = new long[YEARS.length];
    java.util.Arrays.fill(t, 20_000);
    return t;
  }

  /** Adds 20 steady fillers, f00 … f19, at 10, 15, … 105 a year. */
  private void fillers() {
    for (int i = 0; i < 20; i++) {
      long[] steady = new long[YEARS.length];
      java.util.Arrays.fill(steady, 10 + 5L * i);
      term(String.format("f%02d", i), steady);
    }
  }

  /** Returns the trends of the terms added so far, over YEARS at 20,000 tokens a year. */
  private TrendTable classified() {
    return TrendClassifier.classify(
        terms, YEARS, rows.toArray(long[][]::new), tokens(), TrendOptions.defaults());
  }

  /** Planted shapes among 20 steady fillers. */
  private TrendTable planted() {
    fillers();
    term("新词", 0, 0, 0, 0, 0, 0, 30, 30, 30, 30, 30, 30);
    term("旧词", 30, 30, 30, 30, 30, 0, 0, 0, 0, 0, 0, 0);
    term("淡出", 40, 40, 40, 40, 40, 1, 1, 1, 1, 1, 1, 1);
    term("高峰", 0, 0, 0, 40, 40, 40, 40, 0, 0, 0, 0, 0);
    term("上升", 10, 12, 14, 17, 20, 24, 29, 35, 42, 50, 60, 72);
    term("下降", 72, 60, 50, 42, 35, 29, 24, 20, 17, 14, 12, 10);
    term("低谷", 60, 40, 25, 15, 10, 8, 8, 10, 15, 25, 40, 60);
    term("微变", 50, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60);
    // absent early, then a burst that falls back: came and went, not emerged to stay
    term("填海", 0, 0, 0, 0, 0, 0, 0, 0, 60, 6, 14, 8);
    // emerging with a launch year above the rest, but not by half
    term("新政", 0, 0, 0, 0, 0, 0, 40, 30, 25, 30, 28, 32);
    // rose to a peak, then vanished
    term("退场", 5, 5, 5, 5, 40, 0, 0, 0, 0, 0, 0, 0);
    // absent early, a peak, then back up once and down to a low end: it came and went, though the
    // years after the peak pooled (13.3) stay above half the rate within its span (18.1 / 2)
    term("开放", 0, 0, 0, 0, 20, 45, 18, 10, 28, 11, 6, 7);
    // absent early, two high years, then a low last year where it still stands
    term("小康", 0, 0, 0, 0, 0, 0, 0, 0, 2, 46, 42, 6);
    // the same at the counts of a corpus with a congress every five years: the last year alone
    // (16 expected at the span's rate) tells the fall
    term("决胜", 0, 0, 0, 0, 0, 0, 0, 0, 1, 15, 30, 2);
    // absent early, then steady at a low count with a chance low last year: no fall
    term("稳步", 0, 0, 0, 0, 0, 0, 5, 4, 6, 5, 4, 2);
    return classified();
  }

  @Test
  void aSmallLastYearWithoutTheTermIsNoSignThatItVanished() {
    for (int i = 0; i < 20; i++) {
      long[] steady = new long[YEARS.length];
      java.util.Arrays.fill(steady, 10 + 5L * i);
      steady[YEARS.length - 1] = 0;
      term(String.format("f%02d", i), steady);
    }
    // two bursts make it significant; the last year has no occurrence
    term("提交", 10, 10, 60, 10, 10, 10, 10, 10, 10, 60, 10, 0);
    long[] small = tokens();
    small[YEARS.length - 1] = 500; // at ~10 per 20,000 the term is expected 0.25 times there
    TrendTable t =
        TrendClassifier.classify(
            terms, YEARS, rows.toArray(long[][]::new), small, TrendOptions.defaults());
    TrendRow row = t.row("提交").orElseThrow();
    assertTrue(row.pAdjusted() < 0.05, row.toString());
    assertTrue(
        row.trend() != TrendClass.VANISHED && row.trend() != TrendClass.FADING, row.toString());
    // the same absence from a full last year is evidence: expected ~11 times, seen never
    TrendTable full = classified();
    assertEquals(TrendClass.VANISHED, full.row("提交").orElseThrow().trend());
  }

  @Test
  void aTermUsedEveryYearFromItsOnsetIsEstablishedOverThoseYearsNotInItsOneBusyYear() {
    fillers();
    // twice a year from 2019 on, five times in 2022: established (three occurrences or more) in
    // 2022 alone, which holds 5 of its 15, so its span is its first to its last year with it (as
    // a term that each report of a series uses once, and one report twice)
    term("可支配", 0, 0, 0, 0, 0, 0, 2, 2, 5, 2, 2, 2);
    TrendRow row =
        TrendClassifier.classify(
                terms,
                YEARS,
                rows.toArray(long[][]::new),
                tokens(),
                TrendOptions.defaults().withEstablished(3))
            .row("可支配")
            .orElseThrow();
    assertTrue(row.pAdjusted() < 0.05, row.toString());
    assertEquals(TrendClass.EMERGING, row.trend(), row.toString());
    assertEquals(2019, row.onset());
    assertEquals(2025, row.last());
  }

  @Test
  void aRiseWhoseLastYearsFellBackIsAPeakNotARise() {
    fillers();
    // up from 2 a year to 30, then back to 3 and 1: its late years (20, 3, 1) are still four times
    // its early ones (2, 2, 2), but it ended far below its rate over the span
    term("理由", 2, 2, 2, 2, 2, 3, 12, 30, 25, 20, 3, 1);
    // the same rise that stays up is a rise
    term("采购", 2, 2, 2, 2, 2, 3, 12, 30, 25, 20, 20, 20);
    TrendTable t = classified();
    assertEquals(TrendClass.PEAKED, t.row("理由").orElseThrow().trend(), t.row("理由").toString());
    assertEquals(TrendClass.RISING, t.row("采购").orElseThrow().trend(), t.row("采购").toString());
    // a row's summary gives the change only where the shape is read from it, as the table does
    assertTrue(t.row("采购").orElseThrow().toString().contains("change="));
    assertFalse(t.row("理由").orElseThrow().toString().contains("change"));
  }

  @Test
  void aTermAbsentAtTheStartIsNoRiseThoughStrayYearsComeBeforeItsOnset() {
    fillers();
    // never in the first four years, once a year for four (not established: fewer than two
    // passages), then established and rising: before the onset its rate is 4 / 160,000, above a
    // tenth of the rate it begins its established years with (7 / 40,000); but the four years
    // before its first occurrence would hold 4 of it at the rate it begins with from then on (4 /
    // 80,000), and hold none
    term("台独", 0, 0, 0, 0, 1, 1, 1, 1, 3, 4, 6, 8);
    // mirrored: established and falling, then stray years, and none in the last four
    term("改良", 8, 6, 4, 3, 1, 1, 1, 1, 0, 0, 0, 0);
    // rising from once a year, and not in the first two years: at the rate it begins with they
    // would hold it twice, and a year or two without a rare term is no sign it was absent
    term("国际化", 0, 0, 1, 1, 1, 1, 1, 1, 3, 4, 6, 8);
    TrendTable t = classified();
    TrendRow emerging = t.row("台独").orElseThrow();
    assertTrue(emerging.pAdjusted() < 0.05, emerging.toString());
    assertEquals(TrendClass.EMERGING, emerging.trend(), emerging.toString());
    TrendRow rising = t.row("国际化").orElseThrow();
    assertEquals(TrendClass.RISING, rising.trend(), rising.toString());
    TrendRow fading = t.row("改良").orElseThrow();
    assertTrue(fading.pAdjusted() < 0.05, fading.toString());
    assertEquals(TrendClass.FADING, fading.trend(), fading.toString());
  }

  @Test
  void aRiseOrAFallThatRestsOnBurstsIsAPeak() {
    fillers();
    // present throughout at a low level, one burst in the eleventh year: the parabola rises to the
    // end, but without that year the later half is no higher than the earlier (regional laws:
    // 乡镇 0.4, 2.3, 0.5, 0.9, 2.4, 17.1, 1.3)
    term("乡镇", 2, 12, 2, 4, 12, 2, 3, 2, 4, 3, 85, 6);
    // a real rise with a burst on top stays a rise
    term("修复", 4, 3, 5, 6, 7, 8, 9, 10, 12, 14, 60, 13);
    // one burst in the second year, then the same low level: no fall
    term("登记", 3, 90, 4, 2, 3, 4, 2, 3, 3, 4, 2, 3);
    // a steep fall, then a flat tail a little up: the parabola bends up at the end, but the end
    // stays far below the start: a fall, not a dip (地方性法规 98.4, 9.9, 1.9, 4.0, 0.4, 2.9, 3.3)
    term("法规", 120, 40, 12, 4, 6, 1, 3, 4, 3, 2, 4, 4);
    // two bursts, the second among the late years, and the low level before, between and after
    // (发明 in a mix of reports and laws: two years of patent rules): without the first the late
    // years still rise; without the second, which holds most of them, they do not
    term("发明", 3, 2, 3, 2, 3, 90, 2, 1, 2, 1, 40, 2);
    TrendTable t = classified();
    for (String term : List.of("乡镇", "修复", "登记", "法规", "发明")) {
      assertTrue(t.row(term).orElseThrow().pAdjusted() < 0.05, t.row(term).toString());
    }
    assertEquals(TrendClass.PEAKED, t.row("乡镇").orElseThrow().trend(), t.row("乡镇").toString());
    assertEquals(2024, t.row("乡镇").orElseThrow().peak());
    assertEquals(TrendClass.RISING, t.row("修复").orElseThrow().trend(), t.row("修复").toString());
    assertEquals(TrendClass.PEAKED, t.row("登记").orElseThrow().trend(), t.row("登记").toString());
    assertEquals(TrendClass.FALLING, t.row("法规").orElseThrow().trend(), t.row("法规").toString());
    assertEquals(TrendClass.PEAKED, t.row("发明").orElseThrow().trend(), t.row("发明").toString());
  }

  @Test
  void aBurstBeforeSmallYearsWithoutTheTermIsNoRise() {
    fillers();
    // (a report on another country in one year): all but absent for years, 60 in the tenth, then
    // two small years without it, where it would be expected 1.2 + 1.2 times at that year's rate:
    // the fitted curve rises to the end, but a term absent early is not present throughout; 2.4
    // expected occurrences cannot tell a fall (none of them by chance: p = 0.09), but without its
    // tenth year it never rose: one year's burst, a peak
    term("暴力", 0, 0, 0, 1, 1, 1, 0, 0, 0, 60, 0, 0);
    // steadily emerging, then a partly collected last year without it (0.6 expected)
    term("新词", 0, 0, 0, 0, 0, 0, 0, 10, 20, 40, 80, 0);
    long[] tokens = tokens();
    tokens[10] = 400;
    tokens[11] = 400;
    TrendTable t =
        TrendClassifier.classify(
            terms, YEARS, rows.toArray(long[][]::new), tokens, TrendOptions.defaults());
    assertEquals(TrendClass.PEAKED, t.row("暴力").orElseThrow().trend(), t.row("暴力").toString());
    long[] small = tokens();
    small[11] = 300;
    TrendTable partial =
        TrendClassifier.classify(
            terms, YEARS, rows.toArray(long[][]::new), small, TrendOptions.defaults());
    assertEquals(
        TrendClass.EMERGING, partial.row("新词").orElseThrow().trend(), partial.row("新词").toString());
    // a term absent early is not present throughout: never RISING
    for (TrendTable table : List.of(t, partial)) {
      assertTrue(
          table.rows().stream()
              .noneMatch(r -> r.trend() == TrendClass.RISING && r.onset() > YEARS[0]),
          table.rows().toString());
    }
  }

  @Test
  void aStrayOccurrenceInASmallEarlyYearIsNoPeak() {
    for (int i = 0; i < 20; i++) {
      long[] steady = new long[YEARS.length];
      java.util.Arrays.fill(steady, 10 + 5L * i);
      steady[0] = 0;
      term(String.format("f%02d", i), steady);
    }
    term("新词", 1, 0, 0, 0, 0, 0, 0, 0, 30, 30, 30, 30);
    long[] tokens = tokens();
    tokens[0] = 200; // one occurrence in 200 tokens: the highest rate of all, but before the onset
    TrendRow row =
        TrendClassifier.classify(
                terms, YEARS, rows.toArray(long[][]::new), tokens, TrendOptions.defaults())
            .row("新词")
            .orElseThrow();
    assertEquals(TrendClass.EMERGING, row.trend(), row.toString());
  }

  @Test
  void aYearOfAFewHundredTokensIsNoPeakOnOneOccurrence() {
    // 2021 holds 191 tokens and the term once (52 per 10k); 2019 holds it 40 times in 20,000
    // (20 per 10k): the peak is 2019, where the rate is highest at the lower end of its interval
    // (exact Poisson: 40 → 28.6 occurrences, 14.3 per 10k; 1 → 0.025, 1.3 per 10k)
    fillers();
    term("改革开放", 10, 12, 15, 20, 25, 30, 40, 1, 20, 15, 12, 10);
    long[] tokens = tokens();
    tokens[7] = 191;
    TrendRow row =
        TrendClassifier.classify(
                terms, YEARS, rows.toArray(long[][]::new), tokens, TrendOptions.defaults())
            .row("改革开放")
            .orElseThrow();
    assertEquals(2019, row.peak(), row.toString());
    assertEquals(28.6, 2 * TrendTests.lowerRate(40, 2), 0.05);
    assertEquals(0.0253, TrendTests.lowerRate(1, 1), 0.0001);
  }

  @Test
  void aSpikeOfOneYearInsideTheSpanIsPeakedNotStableOrDipped() {
    // significant by the burst test; the parabola neither rises nor falls (台湾 in a corpus of
    // speeches: 4, 42, 4 per 10k), or bends up at the end for one year near it (全会上)
    fillers();
    term("台湾", 8, 9, 8, 10, 8, 84, 9, 8, 10, 8, 9, 8);
    term("全会上", 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 42, 0);
    TrendTable t = classified();
    for (String term : List.of("台湾", "全会上")) {
      TrendRow row = t.row(term).orElseThrow();
      assertTrue(row.pAdjusted() < 0.05, row.toString());
      assertEquals(TrendClass.PEAKED, row.trend(), row.toString());
    }
    // a dip that comes back at the end is no spike: its highest years are the first and last
    assertFalse(
        TrendClassifier.spike(
            new long[] {20, 10, 4, 2, 6, 12, 22}, new long[] {1, 1, 1, 1, 1, 1, 1}, 6, 1));
    assertTrue(
        TrendClassifier.spike(new long[] {4, 5, 42, 4, 3}, new long[] {1, 1, 1, 1, 1}, 2, 1));
  }

  @Test
  void plantedShapesAreNamedWithTheirYears() {
    TrendTable t = planted();
    TrendRow neu = t.row("新词").orElseThrow();
    assertEquals(TrendClass.EMERGING, neu.trend());
    assertEquals(2019, neu.onset());
    assertEquals(2025, neu.last());
    TrendRow old = t.row("旧词").orElseThrow();
    assertEquals(TrendClass.VANISHED, old.trend());
    assertEquals(2013, old.onset());
    assertEquals(2017, old.last());
    // after 2017 one occurrence a year: 1/20,000 against 40/20,000, under the absence share 0.1
    assertEquals(TrendClass.FADING, t.row("淡出").orElseThrow().trend());
    TrendRow peak = t.row("高峰").orElseThrow();
    assertEquals(TrendClass.PEAKED, peak.trend());
    assertEquals(2016, peak.peak());
    assertEquals(TrendClass.RISING, t.row("上升").orElseThrow().trend());
    assertEquals(TrendClass.FALLING, t.row("下降").orElseThrow().trend());
    TrendRow dip = t.row("低谷").orElseThrow();
    assertEquals(TrendClass.DIPPED, dip.trend());
    // 8 in 2018 and 2019, the lowest: the first of equal years
    assertEquals(2018, dip.trough());
    assertEquals(2013, dip.peak());
    // 50 → 60 per 20,000: significant over 12 years perhaps, but far from a doubling
    assertEquals(TrendClass.STABLE, t.row("微变").orElseThrow().trend());
    assertEquals(TrendClass.STABLE, t.row("f05").orElseThrow().trend());
    TrendRow burst = t.row("填海").orElseThrow();
    assertEquals(TrendClass.PEAKED, burst.trend(), burst.toString());
    assertEquals(2022, burst.peak());
    assertEquals(TrendClass.EMERGING, t.row("新政").orElseThrow().trend());
    assertEquals(TrendClass.PEAKED, t.row("开放").orElseThrow().trend());
    assertEquals(TrendClass.PEAKED, t.row("小康").orElseThrow().trend());
    assertEquals(TrendClass.PEAKED, t.row("决胜").orElseThrow().trend());
    assertTrue(t.row("稳步").orElseThrow().trend() != TrendClass.PEAKED, t.row("稳步").toString());
    assertEquals(TrendClass.PEAKED, t.row("退场").orElseThrow().trend());
    assertEquals(TrendClass.EMERGING, t.rows().get(0).trend());
  }

  @Test
  void theChangeColumnIsGivenOnlyForShapesItMeasures() {
    TrendTable t = planted();
    Table table = t.table();
    for (int i = 0; i < table.rowCount(); i++) {
      TrendClass shape = TrendClass.valueOf(table.stringColumn(TrendTable.TREND).get(i));
      double change = table.doubleColumn(TrendTable.CHANGE).getDouble(i);
      // a peaked term is low at both ends: the ratio of its ends says nothing of its shape
      assertEquals(
          shape == TrendClass.RISING || shape == TrendClass.FALLING || shape == TrendClass.STABLE,
          !Double.isNaN(change),
          table.row(i).toString());
    }
    String up = "上升";
    assertEquals(t.row(up).orElseThrow().change(), rowOf(table, up).getDouble(TrendTable.CHANGE));
  }

  @Test
  void theChangeIsObservedBetweenTheYearsAtEachEnd() {
    fillers();
    // five occurrences, none in the first half: no significant change. At its rate over all years,
    // 5 in 240,000 tokens, no end holds the term 10 times within a third of the years: the change
    // compares the first four years (0 of 80,000) with the last four (3 of 80,000), with the log
    // ratio's pseudo-counts 2 · 0.5 · 80,000 / 160,000 = 0.5 on each side
    term("偶见", 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0);
    // 100 a year, then 200 and 300 in the last two years: at its rate over all years, 1,500 /
    // 240,000, a year holds the term 125 times, so one year at each end tells: 100 against 300
    term("后升", 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 200, 300);
    // the same level in the last two years: the peak is the year before the last, and without it
    // the last year alone still holds the term 10 times and stands 3 times above the first
    term("后跳", 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 300, 300);
    TrendTable t = classified();
    TrendRow row = t.row("偶见").orElseThrow();
    assertEquals(TrendClass.STABLE, row.trend(), row.toString());
    assertEquals(Math.log(3.5 / 0.5) / Math.log(2), row.change(), 1e-9, row.toString());
    assertEquals(2016, row.earlyEnd());
    assertEquals(2022, row.lateStart());
    tech.tablesaw.api.Row shown = rowOf(t.table(), "偶见");
    assertEquals(row.change(), shown.getDouble(TrendTable.CHANGE), 1e-12);
    assertEquals(2016, shown.getInt(TrendTable.EARLY_END));
    assertEquals(2022, shown.getInt(TrendTable.LATE_START));
    TrendRow late = t.row("后升").orElseThrow();
    assertEquals(Math.log(300.5 / 100.5) / Math.log(2), late.change(), 1e-9, late.toString());
    assertEquals(2013, late.earlyEnd());
    assertEquals(2025, late.lateStart());
    assertEquals(TrendClass.RISING, late.trend(), late.toString());
    TrendRow step = t.row("后跳").orElseThrow();
    assertEquals(2024, step.peak());
    assertEquals(TrendClass.RISING, step.trend(), step.toString());
    // a steady filler keeps its change: zero
    assertEquals(0, rowOf(t.table(), "f00").getDouble(TrendTable.CHANGE), 1e-12);
    // the same count every year: the curve passes through every year, the scatter is 1, and one
    // year at each end holds the term 10 times
    assertEquals(1, rowOf(t.table(), "f00").getDouble(TrendTable.YEAR_SCATTER), 1e-12);
    assertEquals(2013, rowOf(t.table(), "f00").getInt(TrendTable.EARLY_END));
  }

  private static tech.tablesaw.api.Row rowOf(Table table, String term) {
    for (int i = 0; i < table.rowCount(); i++) {
      if (table.stringColumn(TrendTable.TERM).get(i).equals(term)) return table.row(i);
    }
    throw new AssertionError(term);
  }

  @Test
  void theFirstRowsOfEachShapeShareTheTop() {
    TrendTable t = planted();
    java.util.Set<TrendClass> changed =
        t.rows().stream()
            .map(TrendRow::trend)
            .filter(TrendClass::changed)
            .collect(java.util.stream.Collectors.toSet());
    assertTrue(changed.size() >= 4, changed.toString());
    // the table's own first rows are all of its first shape
    assertEquals(1, t.rows().subList(0, 2).stream().map(TrendRow::trend).distinct().count());
    TrendTable shown = t.balanced(changed.size());
    assertEquals(changed.size(), shown.rows().size());
    assertEquals(
        changed,
        shown.rows().stream().map(TrendRow::trend).collect(java.util.stream.Collectors.toSet()));
    // in table order, and a table within the top is whole
    List<TrendRow> order = new java.util.ArrayList<>(shown.rows());
    order.sort(TrendTable.ORDER);
    assertEquals(order, shown.rows());
    assertEquals(t.rows(), t.balanced(t.rows().size()).rows());
    assertTrue(
        t.only(java.util.Set.of(TrendClass.PEAKED)).rows().stream()
            .allMatch(r -> r.trend() == TrendClass.PEAKED));
  }

  @Test
  void aMissingYearIsAGapNotAZero() {
    TrendTable t = planted();
    assertEquals(List.of(2020), t.gaps());
    Table table = t.table();
    assertTrue(table.columnNames().contains(TrendTable.per10kColumn(2019)));
    assertTrue(!table.columnNames().contains(TrendTable.per10kColumn(2020)));
    assertEquals("2020", table.stringColumn(TrendTable.GAPS).get(0));
    // a run of three or more missing years reads as a range
    TrendTable sparse =
        new TrendTable(
            List.of(1921, 1923, 1927, 1929, 1932),
            List.of(),
            TrendOptions.defaults(),
            List.of(1922, 1924, 1925, 1926, 1928, 1930, 1931),
            Counted.FREQUENCY);
    assertEquals("1922,1924-1926,1928,1930,1931", sparse.gapsText());
    assertTrue(t.toString().contains("missing 2020"), t.toString());
    // a rate doubling every calendar year, observed in 2013, 2014, 2016, 2017: one year at each end
    // holds the term 10 times at its rate over all years (270 / 40,000 · 10,000 = 67.5), so the
    // change is log₂(160.5 / 10.5), the pseudo-counts 2 · 0.5 · 10,000 / 20,000 on each side
    TrendTable g =
        TrendClassifier.classify(
            List.of("x"),
            new int[] {2013, 2014, 2016, 2017},
            new long[][] {{10, 20, 80, 160}},
            new long[] {10_000, 10_000, 10_000, 10_000},
            TrendOptions.defaults());
    assertEquals(Math.log(160.5 / 10.5) / Math.log(2), g.row("x").orElseThrow().change(), 1e-9);
    assertEquals(TrendClass.RISING, g.row("x").orElseThrow().trend());
    assertEquals(List.of(2015), g.gaps());
  }

  @Test
  void aSeriesWithALongerStepListsOnlyTheYearsBeyondItsSteps() {
    // a congress's reports: mostly every fifth year (differences 2, 46, 4, 4, 5, 5, 5, 5, 5, 5:
    // six of ten), so the four years between two reports are no gap, the 45 years between 1923
    // and 1969 are
    int[] years = {1921, 1923, 1969, 1973, 1977, 1982, 1987, 1992, 1997, 2002, 2007};
    long[] tokens = new long[years.length];
    long[] counts = new long[years.length];
    java.util.Arrays.fill(tokens, 10_000);
    java.util.Arrays.fill(counts, 20);
    TrendTable t =
        TrendClassifier.classify(
            List.of("x"), years, new long[][] {counts}, tokens, TrendOptions.defaults());
    assertEquals(5, t.step());
    assertEquals(IntStream.rangeClosed(1924, 1968).boxed().toList(), t.gaps());
    assertEquals("1924-1968", t.gapsText());
    // a year asked for without word tokens is a gap, and so are the years around it that its
    // absence leaves beyond the step
    List<Integer> without1977 =
        java.util.stream.Stream.concat(
                IntStream.rangeClosed(1924, 1968).boxed(),
                IntStream.rangeClosed(1974, 1981).boxed())
            .toList();
    assertEquals(
        without1977,
        TrendClassifier.gaps(
            years, new int[] {1921, 1923, 1969, 1973, 1982, 1987, 1992, 1997, 2002, 2007}));
    // a yearly series still lists every year it lacks, and so does one where no difference is
    // shared by more than half of the pairs (the seeds' 2021, 2024, 2026)
    int[] yearly = {2013, 2014, 2016, 2017};
    assertEquals(List.of(2015), TrendClassifier.gaps(yearly, yearly));
    assertEquals(1, TrendClassifier.step(new int[] {2010, 2011, 2013, 2015, 2016}));
    int[] seeds = {2021, 2024, 2026};
    assertEquals(List.of(2022, 2023, 2025), TrendClassifier.gaps(seeds, seeds));
  }

  @Test
  void twoYearsByHand() {
    // 10 of 1,000 tokens, then 30 of 1,000: pooled rate 0.02, expected 20 and 20.
    TrendTable t =
        TrendClassifier.classify(
            List.of("x"),
            new int[] {2021, 2024},
            new long[][] {{10, 30}},
            new long[] {1000, 1000},
            TrendOptions.defaults());
    TrendRow r = t.row("x").orElseThrow();
    double d0 = 2 * (10 * Math.log(10 / 20.0) + 30 * Math.log(30 / 20.0));
    assertEquals(d0, r.g2(), 1e-9);
    // the Poisson deviance is the binomial G² without the "other tokens" cells: close, a bit less
    assertTrue(Math.abs(Keyness.g2(30, 10, 1000, 1000) - r.g2()) < 0.25);
    // trend part P(χ²₁ > D₀), burst part P(χ²₁ > X²), X² = 100/20 + 100/20 = 10;
    // p = min(1, p_T / 0.8, p_B / 0.2)
    double pTrend = LogLikelihood.chiSquaredP(d0);
    double pBurst = LogLikelihood.chiSquaredP(10);
    assertEquals(Math.min(pTrend / 0.8, pBurst / 0.2), r.p(), 1e-12);
    // the change compares the two years, with the log ratio's pseudo-counts: 0.5 on each side
    assertEquals(Math.log(30.5 / 10.5) / Math.log(2), r.change(), 1e-9);
    assertEquals(r.logRatio(), r.change(), 1e-12);
    assertEquals(30, r.lastFrequency());
    assertEquals(10, r.earlierFrequency());
    assertEquals(TrendClass.RISING, r.trend());
  }

  @Test
  void theStepPartTestsTheBestSplitBetweenTwoYears() {
    // 0, 0, 6, 6 of 1,000 tokens each: pooled rate 0.003. Split after the second year: 0 where 6
    // are expected, 12 where 6 are: D = 2·12·ln 2 = 16.64, the largest of the three splits (after
    // the first: 24·ln(4/3) = 6.90; after the third: 2(6 ln(6/9) + 6 ln 2) = 3.45); Bonferroni × 3
    long[] c = {0, 0, 6, 6};
    long[] tokens = {1000, 1000, 1000, 1000};
    double best = LogLikelihood.chiSquaredP(24 * Math.log(2), 1);
    assertEquals(3 * best, TrendTests.stepP(c, tokens, 0.003, 1, 0), 1e-15);
    // over units: D / φ against F(1, df)
    assertEquals(
        3 * LogLikelihood.fP(24 * Math.log(2) / 2, 1, 50),
        TrendTests.stepP(c, tokens, 0.003, 2, 50),
        1e-15);
    // the sides' shares of the tokens (not of the units): up to each split, then after it
    TrendSpan span =
        new TrendSpan(
            new int[] {2001, 2002, 2003, 2004},
            new long[] {100, 200, 300, 400},
            new int[] {4, 3, 2, 1},
            null,
            null);
    assertArrayEquals(new double[] {0.1, 0.2, 0.3, 0.4}, span.shares(0.003), 1e-12);
    assertArrayEquals(
        new double[] {0.1, 0.3, 0.6, 0.9, 0.7, 0.4},
        TrendSpan.sideShares(span.shares(0.003)),
        1e-12);
    // three years or fewer: the curve passes through every year, and no step part is added
    assertEquals(0, TrendClassifier.weights(3)[2]);
    assertEquals(1, java.util.Arrays.stream(TrendClassifier.weights(4)).sum(), 1e-12);
  }

  @Test
  void theGuardsDrawUnitsIntoYearsAsTheyWouldHoldTheTerm() {
    // 2001: one unit of 900 tokens; 2002: nine of 100. A unit of n tokens holds a term of rate r
    // with chance 1 − e^(−rn): as its tokens for a rare term, as a unit for a common one
    boolean[] mask = new boolean[10];
    java.util.Arrays.fill(mask, true);
    int[] yearIndex = {0, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    TrendSpan span =
        new TrendSpan(
            new int[] {2001, 2002}, new long[] {900, 900}, new int[] {1, 9}, mask, yearIndex);
    span.unitLengths = new int[] {900, 100, 100, 100, 100, 100, 100, 100, 100, 100};
    // rate 2^-20 (a bin's own rate): 900 (1 − e^(−900r)) against 9 · 100 (1 − e^(−100r))
    double r = Math.pow(2, -20);
    double one = -Math.expm1(-900 * r);
    double nine = -9 * Math.expm1(-100 * r);
    assertArrayEquals(
        new double[] {one / (one + nine), nine / (one + nine)}, span.shares(r), 1e-12);
    assertEquals(0.5, span.shares(r)[0], 1e-3);
    // rate 2^-7 (0.0078): 1 − e^(−7.03) = 0.99912 against 9 (1 − e^(−0.781)) = 4.8778
    r = Math.pow(2, -7);
    assertEquals(
        -Math.expm1(-900 * r) / (-Math.expm1(-900 * r) - 9 * Math.expm1(-100 * r)),
        span.shares(r)[0],
        1e-12);
    assertEquals(0.1700, span.shares(r)[0], 1e-4);
    // a common term (rate 2^-2): each unit holds it, and the years' shares are the units'
    assertArrayEquals(new double[] {0.1, 0.9}, span.shares(0.25), 1e-9);
  }

  @Test
  void passageTestUsesTheSpreadWithinYears() {
    // three years, four passages each; the term sits in one passage of 2021 (3 times), spread
    // over 2024 and absent from 2026
    int[][] counts = {
      {3, 1}, {0, 1}, {0, 1}, {0, 1},
      {1, 1}, {1, 1}, {1, 1}, {0, 1},
      {0, 1}, {0, 1}, {0, 1}, {0, 1}
    };
    int[] tokens = {30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30};
    int[] years = {2021, 2021, 2021, 2021, 2024, 2024, 2024, 2024, 2026, 2026, 2026, 2026};
    PassageMatrix m = PassageMatrix.ofDense(counts, tokens);
    Counts c = Counts.of(m, years);
    TrendTable t =
        TrendClassifier.classify(
            List.of("x", "filler"),
            c,
            TermColumns.of(m),
            new int[] {2021, 2024, 2026},
            TrendOptions.defaults().withMinCount(1));
    TrendRow x = t.row("x").orElseThrow();
    // pure error: passages around their own year's rate; 2021: rate 3/120, X² = Σ(y − 30r)²/(30r)
    double r21 = 3 / 120.0;
    double x21 = sq(3 - 30 * r21) / (30 * r21) + 3 * sq(0 - 30 * r21) / (30 * r21);
    double r24 = 3 / 120.0;
    double x24 = 3 * sq(1 - 30 * r24) / (30 * r24) + sq(0 - 30 * r24) / (30 * r24);
    double phi = Math.max(1, (x21 + x24) / (12 - 3));
    // (S is kept in 2⁻³² fixed point, hence the tolerance)
    assertEquals(phi, x.dispersion(), 1e-8);
    assertEquals(6, x.frequency());
    assertEquals(4, x.passages());
    // the filler is in every passage once: no change, p = 1 in the trend part
    assertEquals(TrendClass.STABLE, t.row("filler").orElseThrow().trend());
  }

  private static double sq(double v) {
    return v * v;
  }

  @Test
  void quietOnAClusteredCorpusWithoutChange() {
    SyntheticCorpus corpus = SyntheticCorpus.generate(300, 400, 0.4, 11);
    int[] labels = SyntheticCorpus.shuffledYears(300, 5);
    int[] passageYears = new int[labels.length];
    for (int p = 0; p < labels.length; p++) passageYears[p] = 2024 + labels[p];
    TrendTable t =
        TrendClassifier.classify(
            corpus.terms,
            Counts.of(corpus.matrix, passageYears),
            TermColumns.of(corpus.matrix),
            new int[] {2024, 2025, 2026},
            TrendOptions.defaults());
    long changed =
        t.rows().stream()
            .filter(r -> r.trend() != TrendClass.STABLE && r.trend() != TrendClass.SPARSE)
            .count();
    assertTrue(changed <= 1, t.toString());
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
    assertThrows(IllegalArgumentException.class, () -> o.withEstablished(0));
    assertThrows(IllegalArgumentException.class, () -> o.withAbsence(1));
  }
}
