package qushi.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import qushi.Qushi;
import qushi.analytics.compare.Counted;
import qushi.analytics.compare.TrendClass;
import qushi.analytics.compare.TrendOptions;
import qushi.analytics.compare.TrendRow;
import qushi.analytics.compare.TrendTable;

/**
 * The automatic watch list puts the terms that one document carries after all others, and the terms
 * found mostly inside longer terms after those it checked.
 */
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
        2020,
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
    assertEquals(List.of("甲", "乙", "丙", "一篇"), ReportData.autoWatch(t, r -> false).risers());
  }

  @Test
  void dippedTermsAreShownWithThePeakedOnes() {
    TrendTable t =
        table(
            row("谷", TrendClass.DIPPED, 1e-5, 0.3),
            row("峰", TrendClass.PEAKED, 1e-4, 0.3),
            row("升", TrendClass.RISING, 1e-6, 0.3));
    assertEquals(List.of("谷", "峰"), ReportData.autoWatch(t, r -> false).peaked());
  }

  @Test
  void termsFoundMostlyInsideLongerTermsComeAfterTheOthersChecked() {
    List<TrendRow> rows = new ArrayList<>();
    for (int i = 1; i <= 7; i++) rows.add(row("词" + i, TrendClass.RISING, i * 1e-5, 0.3));
    Set<String> inside = Set.of("词1", "词3");
    List<String> asked = new ArrayList<>();
    ReportData.AutoWatch groups =
        ReportData.autoWatch(
            table(rows.toArray(TrendRow[]::new)),
            r -> {
              asked.add(r.term());
              return inside.contains(r.term());
            });
    assertEquals(List.of("词2", "词4", "词5", "词6", "词7"), groups.risers());
    // every term was asked about, in order, until five others were found
    assertEquals(List.of("词1", "词2", "词3", "词4", "词5", "词6", "词7"), asked);
    // when too few others are left, the ones inside fill the list, in their order
    asked.clear();
    ReportData.AutoWatch few =
        ReportData.autoWatch(
            table(rows.subList(0, 4).toArray(TrendRow[]::new)), r -> inside.contains(r.term()));
    assertEquals(List.of("词2", "词4", "词1", "词3"), few.risers());
  }

  @Test
  void aTermTheListLeavesOutForALongerOneIsReplacedByTheNext() {
    // the list rule of the keyword lists (Keywords.listed) leaves 词2 out, as it would 反导 beside
    // 反导系统: the group is filled from the terms after it
    List<TrendRow> rows = new ArrayList<>();
    for (int i = 1; i <= 7; i++) rows.add(row("词" + i, TrendClass.RISING, i * 1e-5, 0.3));
    ReportData.AutoWatch groups =
        ReportData.autoWatch(
            table(rows.toArray(TrendRow[]::new)),
            r -> false,
            (list, top) -> list.stream().filter(r -> !r.term().equals("词2")).limit(top).toList());
    assertEquals(List.of("词1", "词3", "词4", "词5", "词6"), groups.risers());
  }

  @Test
  void aTermIsInsideLongerTermsWhenItsTokensAreUnderFourFifthsOfItsOccurrences() {
    Qushi seeds = Qushi.open(java.nio.file.Path.of("..", "seeds").toString());
    int checked = 0;
    for (TrendRow r : seeds.trends().rows()) {
      if (r.frequency() < 20) continue;
      // the occurrences counted here from the cleaned text, not by the search the report uses
      long occurrences = 0;
      for (var d : seeds.corpus().documents()) {
        String text = d.text();
        for (int at = text.indexOf(r.term());
            at >= 0;
            at = text.indexOf(r.term(), at + r.term().length())) occurrences++;
      }
      boolean expected = r.frequency() < 0.8 * occurrences;
      assertEquals(expected, ReportData.inside(seeds).test(r), r.term());
      checked++;
      if (checked > 60) break;
    }
    assertTrue(checked > 20);
    TrendRow engineering =
        seeds.trends().rows().stream().filter(r -> r.term().equals("工程")).findFirst().orElseThrow();
    // 工程 is often part of 中国工程院 and other longer terms
    assertTrue(ReportData.inside(seeds).test(engineering));
    assertFalse(
        ReportData.inside(seeds)
            .test(
                seeds.trends().rows().stream()
                    .filter(r -> r.term().equals("人工智能"))
                    .findFirst()
                    .orElseThrow()));
  }
}
