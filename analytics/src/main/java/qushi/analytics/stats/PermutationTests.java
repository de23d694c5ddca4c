package qushi.analytics.stats;

import java.util.TreeMap;
import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/**
 * Exact tests that take the unit of a corpus — the passage — as the unit of randomization: whatever
 * the dependence of tokens inside a passage, passages are exchangeable under the null hypothesis,
 * so the distribution of a statistic over random relabellings of the passages is exact. Only the
 * passages that contain the term matter (the others add zero to every sum), so the distributions
 * are computed by dynamic programming over those, which is cheap for the rare terms where
 * asymptotic tests fail.
 *
 * <p>The exact tests return the p-value and its discrete null distribution ({@link DiscreteNull}),
 * for the discrete false-discovery procedures of {@link MultipleTesting}. Two-sided p-values are
 * twice the smaller tail, capped at 1.
 *
 * <p>Reference: Good, P. (2005), Permutation, Parametric and Bootstrap Tests of Hypotheses, 3rd
 * ed., ch. 3; Pesarin &amp; Salmaso (2010), Permutation Tests for Complex Data, §2.
 */
public final class PermutationTests {
  private PermutationTests() {}

  /**
   * A p-value with its null distribution.
   *
   * @param p the observed two-sided p-value, in (0, 1]
   * @param nulls the null distribution of the p-value
   */
  public record Exact(double p, DiscreteNull nulls) {}

  /**
   * Returns Fisher's exact test on the units that contain a term: of P = K + Z units, K contain it,
   * a target of n units is drawn without replacement and k of them contain it; k is hypergeometric,
   * and p = min(1, 2·min(P(X ≤ k), P(X ≥ k))): the units' presence relabelled, in closed form.
   *
   * @param containing K ≥ 0
   * @param zeros Z ≥ 0
   * @param sample n in [0, K + Z]
   * @param observed k
   */
  public static Exact hypergeometric(int containing, int zeros, int sample, int observed) {
    int units = containing + zeros;
    if (sample < 0 || sample > units || containing < 0 || zeros < 0) {
      throw new IllegalArgumentException("need 0 ≤ sample ≤ units, was " + sample + " of " + units);
    }
    HypergeometricDistribution h = new HypergeometricDistribution(null, units, containing, sample);
    int lo = h.getSupportLowerBound();
    int hi = h.getSupportUpperBound();
    double[] prob = new double[hi + 1];
    for (int x = lo; x <= hi; x++) prob[x] = h.probability(x);
    return twoSided(prob, 0, observed);
  }

  /**
   * Returns the exact test of a labelled sum when labels are drawn independently: each of K units
   * with positive value y_i gets label ℓ with probability π_ℓ, and T = Σ_i y_i · c(ℓ_i) for an
   * integer contrast c.
   *
   * <pre>
   * T's distribution = the convolution over units i of { y_i · c(ℓ) with probability π_ℓ }
   * p = min(1, 2 · min(P(T ≤ t), P(T ≥ t)))         t = Σ_i y_i · c(observed label of i)
   * </pre>
   *
   * With π_ℓ the share of passages in year ℓ this approximates the relabelling of passages among
   * years (drawing labels with instead of without replacement), which for the few passages of a
   * rare term differs little, and gives larger (safer) p-values for terms crowded into a small
   * year.
   *
   * @param values positive values, one per unit
   * @param labels the observed label of each unit, in [0, L)
   * @param probability π_ℓ for each of the L labels, summing to 1
   * @param contrast c(ℓ) for each label
   * @throws IllegalArgumentException on mismatched lengths or bad values
   */
  public static Exact labelledSum(
      int[] values, int[] labels, double[] probability, int[] contrast) {
    double[][] each = new double[values.length][];
    java.util.Arrays.fill(each, probability);
    return labelledSum(values, labels, each, contrast);
  }

  /** The distinct contrast values one unit's labels take, with their summed chances. */
  private record Lattice(int[] values, double[] weights) {}

  /**
   * Returns the test of {@link #labelledSum(int[], int[], double[], int[])} where each unit draws
   * its label from a distribution of its own: unit i gets label ℓ with probability π_iℓ ({@code
   * probability[i]}; units that share a distribution may share the array), as the units of several
   * strata do, each with its stratum's shares.
   */
  public static Exact labelledSum(
      int[] values, int[] labels, double[][] probability, int[] contrast) {
    if (values.length != labels.length || probability.length != values.length) {
      throw new IllegalArgumentException("values, labels and probability must align");
    }
    // per distinct distribution, its labels with the same contrast value merged: they act alike
    java.util.IdentityHashMap<double[], Lattice> merged = new java.util.IdentityHashMap<>();
    int lo = 0;
    int hi = 0;
    for (double[] pi : probability) {
      if (pi.length != contrast.length) {
        throw new IllegalArgumentException("probability and contrast must align");
      }
      if (merged.containsKey(pi)) continue;
      TreeMap<Integer, Double> byValue = new TreeMap<>();
      for (int l = 0; l < contrast.length; l++)
        if (pi[l] > 0) byValue.merge(contrast[l], pi[l], Double::sum);
      int[] c = new int[byValue.size()];
      double[] w = new double[byValue.size()];
      int i = 0;
      for (var e : byValue.entrySet()) {
        c[i] = e.getKey();
        w[i++] = e.getValue();
      }
      lo = merged.isEmpty() ? byValue.firstKey() : Math.min(lo, byValue.firstKey());
      hi = merged.isEmpty() ? byValue.lastKey() : Math.max(hi, byValue.lastKey());
      merged.put(pi, new Lattice(c, w));
    }
    long range = 0;
    long observed = 0;
    long offset = 0; // dist[x] = P(T = x + offset), offset = lo · Σ y
    for (int i = 0; i < values.length; i++) {
      if (values[i] <= 0) throw new IllegalArgumentException("values must be > 0");
      range += (long) values[i] * (hi - lo);
      observed += (long) values[i] * contrast[labels[i]];
      offset += (long) values[i] * lo;
    }
    if (range > 50_000_000) throw new IllegalArgumentException("range too large: " + range);
    double[] dist = new double[(int) range + 1];
    dist[0] = 1;
    int width = 0;
    for (int i = 0; i < values.length; i++) {
      int v = values[i];
      Lattice cw = merged.get(probability[i]);
      double[] next = new double[dist.length];
      for (int x = 0; x <= width; x++) {
        double px = dist[x];
        if (px == 0) continue;
        for (int l = 0; l < cw.values().length; l++) {
          next[x + v * (cw.values()[l] - lo)] += px * cw.weights()[l];
        }
      }
      dist = next;
      width += v * (hi - lo);
    }
    return twoSided(dist, offset, observed);
  }

  /**
   * Returns the exact scan test for a group that holds too many of the units containing a term:
   * each of K units falls in group g with probability π_g independently, so K_g ~ Binomial(K, π_g),
   * and
   *
   * <pre>
   * p_g = P(Binomial(K, π_g) ≥ k_g)          the upper tail of each group
   * p   = min(1, G · min_g p_g)               Bonferroni over the G groups
   * </pre>
   *
   * It finds a burst in one year that no smooth contrast sees (a crisis word used in a single
   * year). Its null distribution is bounded by Σ_g F_g(t/G), F_g the distribution of p_g.
   *
   * @param counts k_g, the units containing the term in each group
   * @param probability π_g, summing to 1
   */
  public static Exact scan(int[] counts, double[] probability) {
    int k = 0;
    for (int c : counts) k += c;
    return new Exact(scanP(counts, probability), scanNull(k, probability));
  }

  /**
   * Returns the units on each side of every split between consecutive groups, the counts whose
   * tails {@link #stepScanP} reads: those up to each split, then those after it (2(G − 1) counts).
   */
  public static int[] stepSides(int[] perGroup) {
    return ScanTest.sides(perGroup);
  }

  /**
   * Returns the p-value of the scan of both sides of every split between consecutive groups (the
   * years before a split holding too many of the units containing a term, or those after it): from
   * the sides' upper tails ({@link #scanTails} of the cumulative shares), exact up to {@value
   * ScanTest#STEP_EXACT_UP_TO} units, Bonferroni over the sides above.
   *
   * @param perGroup the units containing the term in each group
   * @param share π_g, summing to 1
   * @param sideTails the sides' tails: before each split, then after it
   * @param floor a p the caller takes the larger of with this one (0 for none): where Bonferroni is
   *     no higher, it is returned without working out the exact p, which could only be lower
   */
  public static double stepScanP(
      int[] perGroup, double[] share, double[][] sideTails, double floor) {
    return ScanTest.stepP(perGroup, share, sideTails, floor);
  }

  /** Returns the p-value of {@link #scan} alone. */
  public static double scanP(int[] counts, double[] probability) {
    int k = 0;
    for (int c : counts) k += c;
    return scanP(counts, scanTails(k, probability));
  }

  /**
   * Returns the p-value of {@link #scan} from each group's upper tails for K units ({@link
   * #scanTails}), which callers may keep per K.
   */
  public static double scanP(int[] counts, double[][] tails) {
    return ScanTest.p(counts, tails);
  }

  /**
   * Returns, per group, P(Binomial(K, π_g) ≥ x) for x = 0 … K (null for a group with π_g = 0 or 1).
   */
  public static double[][] scanTails(int k, double[] probability) {
    return ScanTest.tails(k, probability);
  }

  /**
   * Returns the null distribution of {@link #scan} for K = {@code k} units: it depends on K and the
   * probabilities only, so callers may keep it per K.
   */
  public static DiscreteNull scanNull(int k, double[] probability) {
    return ScanTest.nullOf(k, probability);
  }

  /**
   * Returns the two-sided p-value of a linear permutation statistic T = Σ_u e_u · b_π(u) from its
   * exact permutation moments and a Pearson type III (shifted gamma) approximation of its
   * distribution, for terms in too many units for {@link #labelledSum}. Here e_u are the units'
   * values (residuals, Σ e_u = 0) and b_u their labels' scores (a 0/1 target indicator, or a year
   * contrast), permuted among the U units:
   *
   * <pre>
   * E T = 0,   Var T = Σe² · Σ(b − b̄)² / (U − 1),   μ₃(T) = U · Σe³ · Σ(b − b̄)³ / ((U − 1)(U − 2))
   * γ = μ₃ / Var^{3/2},   k = 4 / γ²,   z = T / √Var
   * upper tail: P(G ≥ k + z√k) for γ &gt; 0 (G ~ Gamma(k, 1)); mirrored for γ &lt; 0
   * each tail = the larger of that and the normal tail;   p = min(1, 2 · min(tails))
   * </pre>
   *
   * The moments are those of a linear permutation statistic (Wald &amp; Wolfowitz 1944; Mielke
   * &amp; Berry 2007, Permutation Methods, §2.3, who fit the Pearson type III curve to them). A
   * gamma curve has a finite end on its short side, where it would claim impossible values are
   * certain; taking the larger of it and the normal tail there keeps the short side conservative.
   *
   * @param statistic the observed T
   * @param e2 Σ e_u² over all units
   * @param e3 Σ e_u³ over all units
   * @param b2 Σ (b_u − b̄)² over all units
   * @param b3 Σ (b_u − b̄)³ over all units
   * @param units U ≥ 3
   */
  public static double pearsonThree(
      double statistic, double e2, double e3, double b2, double b3, int units) {
    double var = e2 * b2 / (units - 1);
    double mu3 = units * e3 * b3 / ((double) (units - 1) * (units - 2));
    return pearsonThree(statistic, var, mu3);
  }

  /**
   * Returns the two-sided Pearson type III p-value of a statistic with mean 0, variance {@code var}
   * and third central moment {@code mu3} (see {@link #pearsonThree(double, double, double, double,
   * double, int)}); moments of independent parts, such as strata, add.
   */
  public static double pearsonThree(double statistic, double var, double mu3) {
    return PearsonThree.p(statistic, var, mu3);
  }

  /** Returns P(Z ≥ z) for a standard normal Z, accurate in the far tail. */
  static double normalUpper(double z) {
    return 0.5 * Erf.erfc(z / Math.sqrt(2));
  }

  /**
   * Returns the smallest two-sided p that relabelling {@code a} and {@code b} units can give: twice
   * the chance of the one most extreme arrangement, 2 / C(a + b, a), at most 1 (1 when a side has
   * no unit).
   */
  public static double smallestTwoSided(int a, int b) {
    return smallestTwoSided(new int[] {a}, new int[] {b});
  }

  /**
   * Returns the smallest two-sided p that relabelling the units within each stratum can give
   * ({@code a[s]} and {@code b[s]} units on the two sides of stratum s): 2 / Π_s C(a_s + b_s, a_s),
   * at most 1 (1 when no stratum has units on both sides).
   */
  public static double smallestTwoSided(int[] a, int[] b) {
    double log = 0;
    for (int s = 0; s < a.length; s++) {
      if (a[s] > 0 && b[s] > 0) log += logChoose(a[s] + b[s], a[s]);
    }
    return log == 0 ? 1 : Math.min(1, 2 * Math.exp(-log));
  }

  /** Returns ln C(n, k) from the log-gamma function. */
  static double logChoose(int n, int k) {
    if (k < 0 || k > n) return Double.NEGATIVE_INFINITY;
    if (k == 0 || k == n) return 0;
    return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
  }

  /**
   * ln n! = ln Γ(n + 1) for n = 0, 1, …: each value computed once, by the log-gamma function, and
   * kept (a test of a corpus's passages asks for the same few thousand values over and over).
   */
  private static volatile double[] logFactorials = new double[0];

  /** Returns ln n! = ln Γ(n + 1), the log-gamma function's value, from the table. */
  static double logFactorial(int n) {
    double[] table = logFactorials;
    return n < table.length ? table[n] : logFactorials(n)[n];
  }

  /** Returns the table of ln n!, grown to hold {@code n} (to twice its size at least). */
  private static synchronized double[] logFactorials(int n) {
    double[] table = logFactorials;
    if (n < table.length) return table;
    double[] grown = java.util.Arrays.copyOf(table, Math.max(n + 1, 2 * table.length));
    for (int i = table.length; i < grown.length; i++) grown[i] = Gamma.logGamma(i + 1.0);
    logFactorials = grown;
    return grown;
  }

  /** Returns twice the smaller tail at {@code observed} and the null distribution of that p. */
  private static Exact twoSided(double[] prob, long offset, long observed) {
    int n = prob.length;
    double[] below = new double[n];
    double[] above = new double[n];
    double run = 0;
    for (int s = 0; s < n; s++) {
      run += prob[s];
      below[s] = run;
    }
    run = 0;
    for (int s = n - 1; s >= 0; s--) {
      run += prob[s];
      above[s] = run;
    }
    double[] pOf = new double[n];
    for (int s = 0; s < n; s++) pOf[s] = Math.min(1, 2 * Math.min(below[s], above[s]));
    int at = (int) (observed - offset);
    if (at < 0 || at >= n || prob[at] <= 0) {
      throw new IllegalArgumentException("observed sum " + observed + " is impossible");
    }
    // below rises and above falls with s, so p rises up to the median and falls after it: the
    // values in order of p are a merge of the left part (ascending) and the right part (reversed)
    int split = 0;
    while (split < n && below[split] <= above[split]) split++;
    int[] order = new int[n];
    int left = 0;
    int right = n - 1;
    for (int k = 0; k < n; k++) {
      if (right < split || (left < split && pOf[left] <= pOf[right])) order[k] = left++;
      else order[k] = right--;
    }
    return new Exact(pOf[at], DiscreteNull.ordered(pOf, prob, order));
  }
}
