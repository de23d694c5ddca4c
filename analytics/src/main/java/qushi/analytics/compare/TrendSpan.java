package qushi.analytics.compare;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import qushi.analytics.stats.DiscreteNull;

/**
 * The years a trend analysis covers and what every term's test over them shares: tokens and
 * passages per year, which passages are in the span and their year, the design of the time
 * regression, the integer contrasts of the exact guard, the chances with which the guards draw a
 * term's units into the years, by bin of its rate, and the scan test's nulls by number of units
 * containing a term and bin (filled as terms need them).
 */
final class TrendSpan {
  final int[] years;
  final long[] tokens;
  final int[] passagesPerYear;
  final boolean[] mask;
  final int[] yearIndex;
  final double[][] x;
  final int[] linear;
  final int[] quadratic;
  final double[] time;
  // shared by the terms' tests, which run in parallel
  final Map<Long, DiscreteNull> scanNulls = new ConcurrentHashMap<>();
  final Map<Long, double[][]> scanTails = new ConcurrentHashMap<>();
  final Map<Long, DiscreteNull> stepNulls = new ConcurrentHashMap<>();
  final Map<Long, double[][]> stepTails = new ConcurrentHashMap<>();
  private final Map<Integer, double[]> sharesByBin = new ConcurrentHashMap<>();
  double[] powers;

  /** Per unit, its tokens (read where {@link #mask} holds); null for the token-level test. */
  int[] unitLengths;

  TrendSpan(int[] years, long[] tokens, int[] passagesPerYear, boolean[] mask, int[] yearIndex) {
    this.years = years;
    this.tokens = tokens;
    this.passagesPerYear = passagesPerYear;
    this.mask = mask;
    this.yearIndex = yearIndex;
    int g = years.length;
    double mid = (years[0] + years[g - 1]) / 2.0;
    double half = Math.max(0.5, (years[g - 1] - years[0]) / 2.0);
    time = new double[g];
    x = new double[g][];
    linear = new int[g];
    quadratic = new int[g];
    for (int y = 0; y < g; y++) {
      double t = (years[y] - mid) / half;
      time[y] = t;
      x[y] = g >= 3 ? new double[] {1, t, t * t} : new double[] {1, t};
      linear[y] = (int) Math.round(TrendClassifier.RESOLUTION * t);
      quadratic[y] = (int) Math.round(TrendClassifier.RESOLUTION * t * t);
    }
  }

  /**
   * Returns, per year, the chance that a unit holding a term of pooled rate {@code rate} is of that
   * year when the rate does not change: Σ (1 − e^(−rate·n)) over the year's units of n tokens, over
   * the same sum for all. A rare term's units fall in the years as their tokens do, as a unit holds
   * it about as often as it is long; a common term's as the units do, as a long unit cannot hold it
   * more than once. The guards draw the units that hold a term into years with these chances; with
   * the years' shares of units for every term, a rare rising term in years of short units looked
   * like chance, and a falling one surer than it was. Rates share a bin of 2^(1/8) (9%); without
   * unit lengths (the token-level test) the years' shares of tokens.
   */
  double[] shares(double rate) {
    return shares(bin(rate));
  }

  /** Returns the bin of a pooled rate: round(8 log₂ rate). */
  static int bin(double rate) {
    return (int) Math.round(8 * Math.log(rate) / Math.log(2));
  }

  /** Returns the {@link #shares} of the rates of a bin. */
  double[] shares(int bin) {
    return sharesByBin.computeIfAbsent(bin, b -> presenceShares(Math.pow(2, b / 8.0)));
  }

  private double[] presenceShares(double rate) {
    int g = years.length;
    double[] out = new double[g];
    double sum = 0;
    if (unitLengths == null) {
      for (int y = 0; y < g; y++) out[y] = tokens[y];
    } else {
      for (int u = 0; u < unitLengths.length; u++)
        if (mask[u]) out[yearIndex[u]] -= Math.expm1(-rate * unitLengths[u]);
    }
    for (double x : out) sum += x;
    for (int y = 0; y < g; y++) out[y] /= sum;
    return out;
  }

  /**
   * Returns the chances of {@link #shares} summed up to each split between two consecutive years,
   * then after it: the 2(G − 1) sets of the step scan, each a side of a split.
   */
  static double[] sideShares(double[] shares) {
    int g = shares.length;
    double[] out = new double[2 * (g - 1)];
    double before = 0;
    for (int s = 0; s < g - 1; s++) {
      before += shares[s];
      out[s] = before;
      out[g - 1 + s] = 1 - before;
    }
    return out;
  }

  /** Returns the key of the nulls kept by number of units holding a term and its rate's bin. */
  static long key(int containing, int bin) {
    return (long) containing << 32 | (bin & 0xffffffffL);
  }

  int passages() {
    int n = 0;
    for (int p : passagesPerYear) n += p;
    return n;
  }
}
