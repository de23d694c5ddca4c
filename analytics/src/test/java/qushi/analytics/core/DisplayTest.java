package qushi.analytics.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers are rounded by what their column means. */
class DisplayTest {
  @Test
  void aLogRatioBoundIsShownAsTheLogRatioIsAndARateBoundAsARate() {
    // a significant term whose interval starts just above 0 (p = 0.046): its lower bound must not
    // read 0.0, which says the interval touches 0 (at most 4 decimals)
    assertEquals("0.0412", Display.format("log_ratio_lower", 0.04123));
    assertEquals("-0.0073", Display.format("log_ratio_upper", -0.007314));
    assertEquals("0", Display.format("log_ratio_lower", 0.0));
    assertEquals("3.04", Display.format("log_ratio", 3.0412));
    // rates and their bounds keep one decimal
    assertEquals("14.7", Display.format("target_per10k", 14.7049));
    assertEquals("0.0", Display.format("per10k_lower", 0.0));
    // a rate one decimal would round to 0.0 is shown to one significant digit: one occurrence in
    // 240,000 tokens is no zero
    assertEquals("0.04", Display.format("per10k_lower", 0.04123));
    assertEquals("0.003", Display.format("target_per10k", 10000.0 / 3_000_000));
    assertEquals("0.1", Display.format("per10k", 0.05));
    assertEquals("2.3", Display.format("upper", 2.2951));
    assertEquals("0.046", Display.format("p", 0.04613));
    // a bare bound takes the format of the estimate before it
    assertEquals("per10k", Display.formatColumn(List.of("term", "per10k", "lower", "upper"), 3));
  }

  @Test
  void aShownPIsUnderALevelExactlyWhenThePIs() {
    // two digits would round these up to the level they are under
    assertEquals("0.0496", Display.format("p_adj", 0.0496));
    assertEquals("0.04996", Display.format("p", 0.049962));
    assertEquals("0.0995", Display.format("p", 0.09951));
    assertEquals("0.00996", Display.format("p", 0.009961));
    assertEquals("9.96e-04", Display.format("p", 0.0009961));
    // rounding down, or away from any level, keeps two digits
    assertEquals("0.05", Display.format("p_adj", 0.0504));
    assertEquals("0.05", Display.format("p", 0.05));
    assertEquals("0.012", Display.format("p", 0.01234));
    assertEquals("0.2", Display.format("p", 0.1996));
    assertEquals("1", Display.format("p", 1.0));
    // every p on a fine grid: the shown p reads under each level exactly when the p is under it
    for (int i = 1; i < 200_000; i++) {
      double p = i / 1_000_000.0 + (i % 7) * 1e-9;
      double shown = Double.parseDouble(Display.format("p", p));
      for (double level : new double[] {0.1, 0.05, 0.01, 0.001}) {
        assertEquals(p < level, shown < level, () -> p + " shown as " + shown);
      }
    }
  }
}
