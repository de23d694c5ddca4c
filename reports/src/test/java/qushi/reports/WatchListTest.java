package qushi.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import qushi.analytics.compare.Counted;
import qushi.analytics.compare.TrendClass;
import qushi.analytics.compare.TrendOptions;
import qushi.analytics.compare.TrendRow;
import qushi.analytics.compare.TrendTable;

/** The automatic watch list puts the terms that one document carries after all others. */
class WatchListTest {
  private static TrendRow row(String term, TrendClass shape, double p, double topShare) {
    return new TrendRow(
        term,
        shape,
        new double[] {1, 2},
        2,
        1,
        1,
        0,
        p,
        0,
        3,
        3,
        2020,
        2021,
        2021,
        1,
        2020,
        2021,
        1,
        p,
        1,
        "d",
        topShare);
  }

  /** Returns the trend table of {@code rows} over 2020 and 2021. */
  private static TrendTable table(TrendRow... rows) {
    return new TrendTable(
        List.of(2020, 2021), List.of(rows), TrendOptions.defaults(), List.of(), Counted.FREQUENCY);
  }

  @Test
  void termsOfOneDocumentComeLast() {
    TrendTable t =
        table(
            // the smallest p, but 95% of its occurrences are in one document
            row("一篇", TrendClass.EMERGING, 1e-9, 0.95),
            row("甲", TrendClass.RISING, 1e-4, 0.3),
            row("乙", TrendClass.RISING, 1e-3, Double.NaN),
            // not significant: after the significant ones, but before the one document's
            row("丙", TrendClass.STABLE, 0.2, 0.4));
    assertEquals(List.of("甲", "乙", "丙", "一篇"), ReportData.risers(t));
  }

  @Test
  void dippedTermsAreShownWithThePeakedOnes() {
    TrendTable t =
        table(
            row("谷", TrendClass.DIPPED, 1e-5, 0.3),
            row("峰", TrendClass.PEAKED, 1e-4, 0.3),
            row("升", TrendClass.RISING, 1e-6, 0.3));
    assertEquals(List.of("谷", "峰"), ReportData.peaked(t));
  }
}
