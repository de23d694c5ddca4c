package qushi.analytics.stats;

import java.util.Arrays;

/**
 * The null distribution of a discrete test's p-value: the p-values the test can attain and, for
 * each, the probability under the null hypothesis of a p-value no larger,
 *
 * <pre>
 * F(t) = P₀(p ≤ t)       a right-continuous step function, F(t) = 0 below the smallest
 *                        attainable p-value
 * </pre>
 *
 * A test whose p-value is only bounded by a discrete one (p ≥ p_exact, as when a quasi-likelihood p
 * is combined with an exact guard by taking the larger) satisfies P₀(p ≤ t) ≤ F(t) with the guard's
 * F, which is all that the discrete false-discovery procedures of {@link MultipleTesting} need.
 *
 * @param support the attainable p-values, strictly ascending (copied)
 * @param cdf F at each support point, non-decreasing, in [0, 1] (copied)
 */
public record DiscreteNull(double[] support, double[] cdf) {
  /** The relative tolerance of {@link #cdf} (see there). */
  static final double TOLERANCE = 1e-9;

  /** The null distribution of a continuous p-value: F(t) = t. */
  public static final DiscreteNull UNIFORM = new DiscreteNull(new double[0], new double[0]);

  /** Copies and checks the arrays. */
  public DiscreteNull {
    support = support.clone();
    cdf = cdf.clone();
    if (support.length != cdf.length) {
      throw new IllegalArgumentException(
          "support has " + support.length + " points but cdf " + cdf.length);
    }
    for (int i = 0; i < support.length; i++) {
      if (i > 0 && !(support[i] > support[i - 1] && cdf[i] >= cdf[i - 1])) {
        throw new IllegalArgumentException("support must ascend strictly and cdf must not fall");
      }
    }
  }

  /** Returns a copy of the attainable p-values. */
  @Override
  public double[] support() {
    return support.clone();
  }

  /** Returns a copy of F at the attainable p-values. */
  @Override
  public double[] cdf() {
    return cdf.clone();
  }

  /** Returns whether this is the continuous (uniform) null. */
  public boolean continuous() {
    return support.length == 0;
  }

  /**
   * Returns F(t) = P₀(p ≤ t): t itself for the continuous null. A support point within a relative
   * 10⁻⁹ above t counts as ≤ t: p-values and support points are computed along different paths (a
   * Bonferroni factor multiplied here, a weight divided there), and the bound must not miss a point
   * by rounding.
   */
  public double cdf(double t) {
    if (continuous()) return Math.max(0, Math.min(1, t));
    int i = Arrays.binarySearch(support, t * (1 + TOLERANCE));
    int at = i >= 0 ? i : -i - 2;
    return at < 0 ? 0 : Math.min(1, cdf[at]);
  }

  /** Returns the smallest attainable p-value (0 for the continuous null). */
  public double minimum() {
    return continuous() ? 0 : support[0];
  }

  /**
   * Returns the null distribution of a p-value built from a discrete distribution of a statistic:
   * {@code pOf[k]} is the p-value reported when the statistic takes its k-th value, which has null
   * probability {@code prob[k]}.
   */
  public static DiscreteNull of(double[] pOf, double[] prob) {
    Integer[] boxed = new Integer[pOf.length];
    for (int k = 0; k < boxed.length; k++) boxed[k] = k;
    Arrays.sort(boxed, (x, y) -> Double.compare(pOf[x], pOf[y]));
    int[] order = new int[boxed.length];
    for (int k = 0; k < order.length; k++) order[k] = boxed[k];
    return ordered(pOf, prob, order);
  }

  /**
   * Returns the null distribution as {@link #of}, the statistic's values visited in {@code order},
   * which must list them by ascending p.
   */
  static DiscreteNull ordered(double[] pOf, double[] prob, int[] order) {
    double[] s = new double[pOf.length];
    double[] f = new double[pOf.length];
    int n = 0;
    double running = 0;
    for (int k : order) {
      if (prob[k] <= 0) continue;
      running += prob[k];
      if (n > 0 && s[n - 1] == pOf[k]) {
        f[n - 1] = running;
      } else {
        s[n] = pOf[k];
        f[n++] = running;
      }
    }
    for (int i = 0; i < n; i++) f[i] = Math.min(1, f[i]);
    return new DiscreteNull(Arrays.copyOf(s, n), Arrays.copyOf(f, n));
  }

  /**
   * Returns a bound on the null distribution of the Bonferroni combination p = min(1, 2·min(p₁,
   * p₂)) of two p-values with these null distributions: P₀(p ≤ t) ≤ F₁(t/2) + F₂(t/2).
   */
  public DiscreteNull bonferroni(DiscreteNull other) {
    return bonferroni(java.util.List.of(this, other));
  }

  /**
   * Returns a bound on the null distribution of the Bonferroni combination p = min(1, m·min_i p_i)
   * of m p-values with these null distributions: P₀(p ≤ t) ≤ Σ_i F_i(t/m). A continuous one makes
   * the bound continuous.
   */
  public static DiscreteNull bonferroni(java.util.List<DiscreteNull> nulls) {
    double[] w = new double[nulls.size()];
    Arrays.fill(w, 1.0 / nulls.size());
    return weighted(nulls, w);
  }

  /**
   * Returns a bound on the null distribution of the weighted Bonferroni combination p = min(1,
   * min_i p_i / w_i), Σ w_i = 1: P₀(p ≤ t) ≤ Σ_i F_i(w_i·t) (Holm 1979; Benjamini &amp; Hochberg
   * 1997). A continuous one makes the bound continuous.
   */
  public static DiscreteNull weighted(java.util.List<DiscreteNull> nulls, double[] weights) {
    int points = 0;
    for (DiscreteNull f : nulls) {
      if (f.continuous()) return UNIFORM;
      points += f.support.length;
    }
    // every null's jumps, swept in order of their point: Σ_i F_i(w_i·t) at each point
    double[] at = new double[points];
    double[] jump = new double[points];
    int n = 0;
    for (int i = 0; i < nulls.size(); i++) {
      DiscreteNull f = nulls.get(i);
      double before = 0;
      for (int j = 0; j < f.support.length; j++) {
        at[n] = Math.min(1, f.support[j] / weights[i]);
        jump[n++] = f.cdf[j] - before;
        before = f.cdf[j];
      }
    }
    PairSort.sort(at, jump, points);
    double[] s = new double[points];
    double[] c = new double[points];
    int k = 0;
    double sum = 0;
    for (int i = 0; i < points; i++) {
      sum += jump[i];
      double value = at[i] >= 1 ? 1 : Math.min(1, sum);
      if (k > 0 && s[k - 1] == at[i]) {
        c[k - 1] = Math.max(c[k - 1], value);
      } else {
        if (k > 0) value = Math.max(value, c[k - 1]);
        s[k] = at[i];
        c[k++] = value;
      }
    }
    return new DiscreteNull(Arrays.copyOf(s, k), Arrays.copyOf(c, k));
  }

  /** Returns whether the other null has the same support and probabilities. */
  @Override
  public boolean equals(Object o) {
    return o instanceof DiscreteNull d
        && Arrays.equals(support, d.support)
        && Arrays.equals(cdf, d.cdf);
  }

  /** Returns a hash consistent with {@link #equals}. */
  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(support) + Arrays.hashCode(cdf);
  }

  /** Returns a summary: the number of attainable p-values and the smallest. */
  @Override
  public String toString() {
    return continuous()
        ? "DiscreteNull[continuous]"
        : "DiscreteNull[" + support.length + " values, min " + support[0] + "]";
  }
}
