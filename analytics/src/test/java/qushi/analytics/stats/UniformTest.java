package qushi.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UniformTest {
  @Test
  void everyValueBelowTheBoundIsEquallyLikely() {
    SplittableRandom random = new SplittableRandom(7);
    assertEquals(0, Uniform.below(random, 1));
    // seven values, 700,000 draws: 100,000 each, a standard deviation of about 290
    long[] counts = new long[7];
    for (int i = 0; i < 700_000; i++) counts[Uniform.below(random, 7)]++;
    for (long c : counts)
      assertTrue(Math.abs(c - 100_000) < 1_500, java.util.Arrays.toString(counts));
  }

  @Test
  void aBoundNearThePowerOfTwoIsNotBiased() {
    // 2^32 / (3·2^29) = 8/3: multiplying and shifting alone gives the values by their rest modulo 3
    // with chances 3/8, 3/8 and 2/8; rejecting the low words below 2^32 mod bound makes them 1/3
    int bound = 3 << 29;
    SplittableRandom random = new SplittableRandom(11);
    long[] byRest = new long[3];
    for (int i = 0; i < 300_000; i++) {
      int v = Uniform.below(random, bound);
      assertTrue(v >= 0 && v < bound, "out of range: " + v);
      byRest[v % 3]++;
    }
    for (long c : byRest)
      assertTrue(Math.abs(c - 100_000) < 1_500, java.util.Arrays.toString(byRest));
  }

  @Test
  void theLargestBoundStaysInRange() {
    SplittableRandom random = new SplittableRandom(3);
    long below = 0;
    for (int i = 0; i < 100_000; i++) {
      int v = Uniform.below(random, Integer.MAX_VALUE);
      assertTrue(v >= 0, "negative: " + v);
      if (v < Integer.MAX_VALUE / 2) below++;
    }
    assertTrue(Math.abs(below - 50_000) < 1_000, "below half: " + below);
  }
}
