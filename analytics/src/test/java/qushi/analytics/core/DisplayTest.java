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
}
