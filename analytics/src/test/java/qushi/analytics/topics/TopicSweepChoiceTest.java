package qushi.analytics.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TopicSweepChoiceTest {
  private static final int[] KS = {5, 10, 15, 20};

  /**
   * Returns the K that the sweep chooses from these figures for K = 5, 10, 15, 20, at level 0.5.
   */
  private static int chosen(double[] perplexity, double[] stability) {
    return KS[TopicSweep.choose(KS, perplexity, stability, .5)];
  }

  @Test
  void theElbowOfPerplexityChoosesK() {
    // 100 → 80 (20%) → 78 (2.5% < 5%): K = 10; every stability above 0.5
    assertEquals(10, chosen(new double[] {100, 80, 78, 77}, new double[] {.7, .6, .6, .6}));
  }

  @Test
  void anUnstableChoiceFallsBackToTheLargestStableSmallerKOrTheMostStable() {
    // the fifteen congress reports (topics --sweep 5..20:5): perplexity improves by more than 5%
    // at every step, so the elbow is K = 20, the largest, while stability falls 0.772, 0.539,
    // 0.487, 0.464: K = 10
    assertEquals(
        10, chosen(new double[] {912, 777, 716, 675}, new double[] {.772, .539, .487, .464}));
    double[] perplexity = {900, 800, 700, 600};
    // stability reached only at K = 5
    assertEquals(5, chosen(perplexity, new double[] {.55, .4, .45, .3}));
    // no K reaches it: the largest of the most stable (.49 and .5 - 1e-9 pool to .495), not the
    // elbow, the least stable
    assertEquals(10, chosen(perplexity, new double[] {.49, .5 - 1e-9, .3, .2}));
    // every day of 1,423 news transcripts: no elbow up to K = 20, stability 0.453, 0.496, 0.445,
    // 0.389 (smoothed 0.4745, 0.4745, 0.445, 0.389): K = 10
    assertEquals(
        10, chosen(new double[] {4226, 3519, 3300, 3077}, new double[] {.453, .496, .445, .389}));
    // none reaches it below an elbow at K = 10: the most stable up to it, K = 5
    assertEquals(5, chosen(new double[] {100, 80, 78, 77}, new double[] {.4, .3, .2, .1}));
    // no second fit, no stability: the elbow stands
    double nan = Double.NaN;
    assertEquals(20, chosen(perplexity, new double[] {nan, nan, nan, nan}));
    // a larger stable K is never taken: the cap only lowers K
    assertEquals(10, chosen(new double[] {100, 80, 78, 77}, new double[] {.4, .45, .9, .9}));
  }

  @Test
  void stabilityIsSmoothedOverKBeforeItCaps() {
    // 93 news transcripts (topics --sweep 5..20:5): the elbow is K = 20, whose stability (0.501)
    // passes after K = 15 failed (0.435); smoothed: 0.711, 0.522, 0.468, 0.468, and K = 10
    assertEquals(
        10, chosen(new double[] {1950, 1640, 1470, 1370}, new double[] {.711, .522, .435, .501}));
    // a dip under 0.5 that the Ks after it outweigh: 0.63, then (0.48 + 0.52 + 0.51) / 3 = 0.503
    assertEquals(
        20, chosen(new double[] {1950, 1640, 1470, 1370}, new double[] {.63, .48, .52, .51}));
  }

  @Test
  void theClosestNonIncreasingFitPoolsWhatRises() {
    assertArrayEquals(
        new double[] {.711, .522, .468, .468},
        TopicSweep.nonIncreasing(new double[] {.711, .522, .435, .501}),
        1e-12);
    assertArrayEquals(
        new double[] {.55, .425, .425, .3},
        TopicSweep.nonIncreasing(new double[] {.55, .4, .45, .3}),
        1e-12);
    // .3 and .6 pool to .45, which stays under .5
    assertArrayEquals(
        new double[] {.5, .45, .45}, TopicSweep.nonIncreasing(new double[] {.5, .3, .6}), 1e-12);
    // .4 and .45 pool to .425, and the two .9 after it join them
    assertArrayEquals(
        new double[] {.6625, .6625, .6625, .6625},
        TopicSweep.nonIncreasing(new double[] {.4, .45, .9, .9}),
        1e-12);
    assertTrue(Double.isNaN(TopicSweep.nonIncreasing(new double[] {.7, Double.NaN})[0]));
  }

  @Test
  void theKsNeedNotComeInOrder() {
    int[] ks = {20, 5, 15, 10};
    double[] perplexity = {600, 900, 700, 800};
    double[] stability = {.46, .77, .51, .62};
    assertEquals(15, ks[TopicSweep.choose(ks, perplexity, stability, .5)]);
  }
}
