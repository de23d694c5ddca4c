package qushi.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EffectSizesTest {
  private static final double CHI2_95 = 3.841458820694124;

  @Test
  void theTestBasedIntervalLeavesOutZeroExactlyWhenTheTestsPRejects() {
    // counts, sizes and p-values drawn at random, zeros included: whatever p a test over units
    // reports, the interval at its dispersion leaves out 0 exactly when p < 0.05
    SplittableRandom random = new SplittableRandom(7);
    int checked = 0;
    for (int i = 0; i < 20_000; i++) {
      long a = random.nextInt(60);
      long b = random.nextInt(60);
      if (a + b == 0) continue;
      long nt = 1_000 + random.nextInt(100_000);
      long nr = 1_000 + random.nextInt(100_000);
      double p = Math.pow(10, -6 * random.nextDouble());
      if (Math.abs(p - 0.05) < 1e-9) continue;
      double phi = 1 + 3 * random.nextDouble();
      double d = EffectSizes.testDispersion(a, b, nt, nr, p, phi, CHI2_95);
      double[] interval = EffectSizes.testInterval(a, b, nt, nr, p, phi, CHI2_95);
      // where the test does not reject, the interval is at least the one at the test's φ
      if (p >= 0.05) assertTrue(d >= phi, d + " < " + phi);
      boolean excludesZero = interval[0] > 0 || interval[1] < 0;
      boolean equalRates = a * nr == b * nt;
      assertEquals(
          p < 0.05 && !equalRates, excludesZero, a + " " + b + " " + nt + " " + nr + " " + p);
      checked++;
    }
    assertTrue(checked > 19_000);
  }

  @Test
  void nineAgainstZeroInOnePassageIsNoChangeWhenTheTestSaysSo() {
    // 9 against 0 in equal sizes: G²(1) = 2 · 9 · ln 2 = 12.48, far beyond 3.84 at φ = 1, but a
    // permutation test over the units reports p = 0.49 (all nine in one passage): the interval
    // is widened just enough to hold 0, at the dispersion 12.48 / 3.84
    double d = EffectSizes.testDispersion(9, 0, 5_000, 5_000, 0.49, 1, CHI2_95);
    assertEquals(2 * 9 * Math.log(2) / CHI2_95, d, 1e-12 * d);
    double[] interval = EffectSizes.testInterval(9, 0, 5_000, 5_000, 0.49, 1, CHI2_95);
    assertEquals(0.0, interval[0], "the lower end is 0 itself, no rounding error beside it");
    assertEquals(
        0, EffectSizes.logRatioInterval(9, 0, 5_000, 5_000, d, CHI2_95)[0], 1e-6, "as solved");
    assertEquals(Double.POSITIVE_INFINITY, interval[1]);
    // at φ = 1, the same counts leave out 0
    assertTrue(EffectSizes.logRatioInterval(9, 0, 5_000, 5_000, 1, CHI2_95)[0] > 0);
    // a test that rejects keeps the test-based dispersion: p = 0.01, q = 6.635
    assertEquals(
        2 * 9 * Math.log(2) / 6.634896601021214,
        EffectSizes.testDispersion(9, 0, 5_000, 5_000, 0.01, 1, CHI2_95),
        1e-6);
  }

  @Test
  void aTinyPKeepsTheTestsDispersionAndAPNearOneKeepsTheIntervalFinite() {
    assertEquals(1.7, EffectSizes.testDispersion(300, 10, 5_000, 5_000, 1e-40, 1.7, CHI2_95));
    // 59 against 18 tokens in 29,600 and 7,930, φ = 2.46, a permutation p of 0.98: G²(1) = 0.23
    // is within 3.84·φ, so the interval is the one at φ itself (it was (−∞, ∞) at φ_p = G²(1)/q
    // with q = 6.3e-4)
    double d = EffectSizes.testDispersion(59, 18, 29_600, 7_930, 0.98, 2.46, CHI2_95);
    assertEquals(2.46, d);
    double[] interval = EffectSizes.logRatioInterval(59, 18, 29_600, 7_930, d, CHI2_95);
    assertTrue(interval[0] > -3 && interval[0] < 0, "lower " + interval[0]);
    assertTrue(interval[1] > 0 && interval[1] < 3, "upper " + interval[1]);
    // and a p of 1 alike: 4 against 1, G²(1) = 1.93 < 3.84, φ = 1 stays
    assertEquals(1, EffectSizes.testDispersion(4, 1, 5_000, 5_000, 1, 1, CHI2_95));
  }

  @Test
  void anEndBeyondTheFinestRatioTheCountsCanShowIsOpen() {
    // 147 against 1 in 16,225 and 10,867 tokens at a dispersion of 5,000: the ends fell at 2^−21.6
    // and (a logit that overflowed) 2^1023.4; beyond ±log₂(27,092) = ±14.7 they are open
    double[] open = EffectSizes.logRatioInterval(147, 1, 16_225, 10_867, 5_000, CHI2_95);
    assertEquals(Double.NEGATIVE_INFINITY, open[0]);
    assertEquals(Double.POSITIVE_INFINITY, open[1]);
    // and where one side has none: 0 against 41 in about 48,000 tokens each had its upper end
    // beyond ±log₂(96,633) = ±16.6
    double[] none = EffectSizes.logRatioInterval(0, 41, 48_789, 47_844, 5_000, CHI2_95);
    assertEquals(Double.NEGATIVE_INFINITY, none[0]);
    assertEquals(Double.POSITIVE_INFINITY, none[1]);
    double[] finite = EffectSizes.logRatioInterval(0, 41, 48_789, 47_844, 1, CHI2_95);
    assertTrue(finite[1] < 0 && finite[1] > -16.6, "at φ = 1: " + finite[1]);
    // the same counts at φ = 1: G²(R) = 3.84 at both ends, within the counts' reach
    double[] closed = EffectSizes.logRatioInterval(147, 1, 16_225, 10_867, 1, CHI2_95);
    for (double end : closed) {
      double logit = end * Math.log(2) + Math.log(16_225.0 / 10_867);
      double pi = 1 / (1 + Math.exp(-logit));
      double g2 = 2 * (147 * Math.log(147 / (148 * pi)) + Math.log(1 / (148 * (1 - pi))));
      assertEquals(CHI2_95, g2, 1e-6);
    }
    assertTrue(closed[0] > 0 && closed[1] < 14.7, closed[0] + " " + closed[1]);
  }

  /**
   * The test-based half-width: under p = 0.05 it is |lr| · 1.96 / z_p (p = 0.01: z_p = 2.5758293,
   * so 1.959964 / 2.5758293 = 0.7609 of |lr|), at or above it the larger of the Wald half-width and
   * |lr|; below p = 1e-12 (z_p = 7.1305) it stays at the narrower of the Wald half-width and the
   * test-based one there, never wider for a smaller p.
   */
  @Test
  void theTestBasedHalfWidthAgreesWithTheTest() {
    double z = 1.959963984540054;
    assertEquals(0.76090, EffectSizes.testHalfWidth(1, 0.01, 0.2, z), 1e-5);
    assertEquals(0.76090, EffectSizes.testHalfWidth(-1, 0.01, 5, z), 1e-5);
    assertEquals(1, EffectSizes.testHalfWidth(1, 0.2, 0.5, z), 0);
    assertEquals(3, EffectSizes.testHalfWidth(1, 0.2, 3, z), 0);
    assertEquals(1, EffectSizes.testHalfWidth(-1, 1, Double.NaN, z), 0);
    assertEquals(0.5, EffectSizes.testHalfWidth(0, 0.01, 0.5, z), 0);
    double at = EffectSizes.testHalfWidth(1, 1e-12, 0.5, z);
    assertEquals(z / 7.130494613, at, 1e-6);
    assertEquals(at, EffectSizes.testHalfWidth(1, 1e-20, 0.5, z), 0);
    assertEquals(0.1, EffectSizes.testHalfWidth(1, 1e-20, 0.1, z), 0);
  }
}
