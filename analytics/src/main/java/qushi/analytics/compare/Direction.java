package qushi.analytics.compare;

/** Which side of a two-group comparison a term is more frequent in, judged by observed rates. */
public enum Direction {
  /** The term's rate per token is higher in the target than in the reference. */
  UP,
  /** The term's rate per token is lower in the target than in the reference. */
  DOWN,
  /** The two rates are exactly equal. */
  NONE;

  /**
   * Returns the direction of the observed rates {@code a/nt} versus {@code b/nr}, compared exactly
   * in integer arithmetic (so equal rates give {@link #NONE}, never a rounding sign).
   */
  static Direction of(long a, long b, long nt, long nr) {
    int c;
    try {
      c = Long.compare(Math.multiplyExact(a, nr), Math.multiplyExact(b, nt));
    } catch (ArithmeticException overflow) {
      c = Double.compare((double) a * nr, (double) b * nt);
    }
    return c > 0 ? UP : c < 0 ? DOWN : NONE;
  }
}
