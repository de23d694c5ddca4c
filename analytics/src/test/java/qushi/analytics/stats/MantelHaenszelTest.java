package qushi.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MantelHaenszelTest {
  // stratum 1: a = 10 of 1,000, b = 5 of 1,000; stratum 2: a = 2 of 500, b = 8 of 2,000
  private static final long[] A = {10, 2};
  private static final long[] B = {5, 8};
  private static final long[] NT = {1000, 500};
  private static final long[] NR = {1000, 2000};

  @Test
  void chiSquaredByHand() {
    // E = 15·1000/2000 = 7.5 and 10·500/2500 = 2; V = 15·10⁶/2000² = 3.75 and 10·10⁶/2500² = 1.6
    assertEquals(2.5 * 2.5 / 5.35, MantelHaenszel.chiSquared(A, B, NT, NR), 1e-12);
    assertEquals(2.5, MantelHaenszel.score(A, B, NT, NR), 1e-12);
  }

  @Test
  void rateRatioAndIntervalByHand() {
    // a' = 10.5, 2.2; b' = 5.5, 8.8 (c = 0.5 split by size);
    // R = 10.5·1000/2000 + 2.2·2000/2500 = 7.01, S = 5.5·1000/2000 + 8.8·500/2500 = 4.51
    assertEquals(
        Math.log(7.01 / 4.51) / Math.log(2), MantelHaenszel.logRatio(A, B, NT, NR, 0.5), 1e-12);
    // Σ M'·Nt·Nr/N² = 16·0.25 + 11·0.16 = 5.76; Var ln RR = 5.76 / (7.01 · 4.51)
    double half = 1.96 * Math.sqrt(5.76 / (7.01 * 4.51)) / Math.log(2);
    assertEquals(half, MantelHaenszel.logRatioHalfWidth(A, B, NT, NR, 0.5, 1, 1.96), 1e-12);
    assertEquals(
        half * Math.sqrt(2), MantelHaenszel.logRatioHalfWidth(A, B, NT, NR, 0.5, 2, 1.96), 1e-12);
  }

  @Test
  void strataWithOneSideOnlyAreLeftOut() {
    long[] a = {10, 50};
    long[] b = {5, 0};
    long[] nt = {1000, 1000};
    long[] nr = {1000, 0};
    assertEquals(
        MantelHaenszel.chiSquared(
            new long[] {10}, new long[] {5}, new long[] {1000}, new long[] {1000}),
        MantelHaenszel.chiSquared(a, b, nt, nr),
        1e-12);
  }

  @Test
  void withinStrataTheMixOfSourcesCannotMakeAChange() {
    // the same rate in both periods within each source (1% in one, 5% in the other); the later
    // period has more of the second source: crude rates rise, the stratified ratio is 1
    long[] a = {10, 100};
    long[] b = {30, 50};
    long[] nt = {1000, 2000};
    long[] nr = {3000, 1000};
    assertEquals(0, MantelHaenszel.score(a, b, nt, nr), 1e-12);
    assertEquals(0, MantelHaenszel.logRatio(a, b, nt, nr, 0.5), 1e-12);
    assertTrue(EffectSizes.logRatio(110, 80, 3000, 4000, 0.5) > 0.8);
  }
}
