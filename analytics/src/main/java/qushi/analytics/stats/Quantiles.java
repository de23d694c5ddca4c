package qushi.analytics.stats;

/** Sample quantiles. */
public final class Quantiles {
  private Quantiles() {}

  /**
   * Returns the linearly interpolated sample quantile of sorted values (Hyndman &amp; Fan 1996,
   * type 7, the default of R and NumPy):
   *
   * <pre>
   * h = (n − 1)·q,   Q(q) = x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋+1₎ − x₍⌊h⌋₎)     (0-based order statistics)
   * </pre>
   *
   * @param sorted values in ascending order, at least one
   * @param q the probability, in [0, 1]
   * @throws IllegalArgumentException if there are no values or q is outside [0, 1]
   */
  public static double type7(double[] sorted, double q) {
    if (sorted.length == 0) throw new IllegalArgumentException("need at least one value");
    if (!(q >= 0 && q <= 1)) throw new IllegalArgumentException("q must be in [0, 1], was " + q);
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
