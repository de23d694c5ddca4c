package qushi.analytics.stats;

import java.util.SplittableRandom;

/**
 * Uniform integers below a bound, by Lemire's multiply-and-shift with rejection (Lemire 2019, "Fast
 * random integer generation in an interval", ACM TOMACS 29(1)): exactly uniform, as {@code
 * SplittableRandom.nextInt(bound)} is, without its division for every draw, which made half the
 * time of the draws of a permutation test.
 */
public final class Uniform {
  private Uniform() {}

  /** Returns an integer drawn uniformly from [0, {@code bound}), {@code bound} &gt; 0. */
  public static int below(SplittableRandom random, int bound) {
    long m = (random.nextInt() & 0xFFFFFFFFL) * bound;
    long low = m & 0xFFFFFFFFL;
    if (low < bound) {
      // the values of the low half below 2^32 mod bound would make some results likelier
      long threshold = (1L << 32) % bound;
      while (low < threshold) {
        m = (random.nextInt() & 0xFFFFFFFFL) * bound;
        low = m & 0xFFFFFFFFL;
      }
    }
    return (int) (m >>> 32);
  }
}
