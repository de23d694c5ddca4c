package qushi.analytics.compare;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import qushi.analytics.stats.DiscreteNull;

/**
 * The years a trend analysis covers and what every term's test over them shares: tokens and
 * passages per year, which passages are in the span and their year, the design of the time
 * regression, the integer contrasts of the exact guard, and the scan test's nulls by number of
 * passages containing a term (filled as terms need them).
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
  final Map<Integer, DiscreteNull> scanNulls = new ConcurrentHashMap<>();
  final Map<Integer, double[][]> scanTails = new ConcurrentHashMap<>();
  final Map<Integer, DiscreteNull> stepNulls = new ConcurrentHashMap<>();
  final Map<Integer, double[][]> stepTails = new ConcurrentHashMap<>();
  double[] powers;

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
   * Returns the units' share of the years up to each split between two consecutive years, then of
   * the years after it: the 2(G − 1) sets of the step scan, each a side of a split.
   */
  double[] sideShares() {
    int g = years.length;
    double units = passages();
    double[] out = new double[2 * (g - 1)];
    int before = 0;
    for (int s = 0; s < g - 1; s++) {
      before += passagesPerYear[s];
      out[s] = before / units;
      out[g - 1 + s] = 1 - out[s];
    }
    return out;
  }

  int passages() {
    int n = 0;
    for (int p : passagesPerYear) n += p;
    return n;
  }
}
