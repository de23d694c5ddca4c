package qushi.analytics.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Corrections of p-values for testing many terms at once. */
public final class MultipleTesting {
  private MultipleTesting() {}

  /**
   * Returns Benjamini–Hochberg adjusted p-values (the step-up false discovery rate procedure), in
   * the order of the input.
   *
   * <pre>
   * sort p ascending: p₍₁₎ ≤ … ≤ p₍ₘ₎
   * p̃₍ᵢ₎ = min(1, min over j ≥ i of m·p₍ⱼ₎ / j)
   * </pre>
   *
   * Rejecting every hypothesis with {@code p̃ < q} controls the false discovery rate at q for
   * independent or positively dependent tests. Reference: Benjamini, Y. &amp; Hochberg, Y. (1995),
   * "Controlling the false discovery rate", J. R. Stat. Soc. B 57(1):289–300.
   *
   * @param p raw p-values, each in [0, 1]; not modified
   * @return a new array of adjusted p-values in [0, 1], monotone in p; empty for empty input
   * @throws IllegalArgumentException if a p-value is NaN or outside [0, 1]
   */
  public static double[] benjaminiHochberg(double[] p) {
    int m = p.length;
    for (int i = 0; i < m; i++) {
      if (!(p[i] >= 0 && p[i] <= 1)) {
        throw new IllegalArgumentException("p[" + i + "] must be in [0, 1], was " + p[i]);
      }
    }
    // Stable sort of indices keeps equal p-values in input order; they get equal adjusted values.
    Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
    double[] adjusted = new double[m];
    double running = 1.0;
    for (int rank = m; rank >= 1; rank--) {
      int i = order[rank - 1];
      running = Math.min(running, p[i] * m / rank);
      adjusted[i] = running;
    }
    return adjusted;
  }

  /**
   * Returns the adjusted p-values of the discrete Benjamini–Hochberg step-down procedure [HSD] of
   * Döhler, Durand &amp; Roquain (2018), in the order of the input. Each test i brings the null
   * distribution F_i of its p-value ({@link DiscreteNull}; continuous tests have F_i(t) = t):
   *
   * <pre>
   * sort p ascending: p₍₁₎ ≤ … ≤ p₍ₘ₎
   * y_j  = (1/j) · Σ_{i=1..m} F_i(p₍ⱼ₎) / (1 − F_i(p₍ⱼ₎))
   * p̃₍ₖ₎ = min(1, max_{j ≤ k} max(y_j, p₍ⱼ₎))
   * </pre>
   *
   * (the raw p is a floor: y_j can fall below p₍ⱼ₎ when few tests can reach it, F_i(p) ≤ p, and an
   * adjusted p below the raw one would read as an error; the floor only makes the procedure more
   * conservative).
   *
   * <p>Rejecting every hypothesis with p̃ ≤ α is the step-down procedure with critical values τ_k =
   * max{t : Σ_i F_i(t)/(1 − F_i(t)) ≤ kα}, which controls the false discovery rate at α for
   * independent tests (Döhler, S., Durand, G. &amp; Roquain, E. (2018), "New FDR bounds for
   * discrete and heterogeneous tests", Electronic Journal of Statistics 12(1):1867–1900, §3.3 and
   * eq. (11)). A test that can never reach a small p (a rare term) has F_i(t) = 0 below its
   * smallest attainable p-value, so it does not dilute the correction of the others — the effect
   * Tarone (1990) obtained by dropping such tests; with only continuous tests the procedure is BH
   * with m·t replaced by m·t/(1 − t).
   *
   * @param p raw p-values in [0, 1]; each must satisfy P₀(p_i ≤ t) ≤ F_i(t)
   * @param nulls F_i per test (the same object may serve several tests)
   * @throws IllegalArgumentException on mismatched lengths or a p-value outside [0, 1]
   */
  public static double[] discreteStepDown(double[] p, List<DiscreteNull> nulls) {
    return discreteStepDown(p, nulls, new double[p.length]);
  }

  /**
   * Returns the adjusted p-values of {@link #discreteStepDown(double[], List)} where a continuous
   * test i can never give a p-value below {@code floors[i]} (the smallest its statistic can reach
   * when it has a smallest): its F_i(t) is t from its floor on and 0 below it, so that below its
   * floor it does not dilute the correction of the others, as a discrete test's does not. The floor
   * of a discrete test is ignored (its null holds it).
   *
   * @param floors per test, a p-value that no outcome of the test falls below (0: none known), at
   *     most the test's own p
   */
  public static double[] discreteStepDown(double[] p, List<DiscreteNull> nulls, double[] floors) {
    int m = p.length;
    if (floors.length != m) {
      throw new IllegalArgumentException("p has " + m + " values but floors " + floors.length);
    }
    for (int i = 0; i < m; i++) {
      // a floor above its own p would drop the test where it counts: no bound at all
      if (!(floors[i] >= 0 && floors[i] <= p[i])) {
        throw new IllegalArgumentException(
            "floors[" + i + "] must be in [0, p[" + i + "]], was " + floors[i]);
      }
    }
    if (nulls.size() != m) {
      throw new IllegalArgumentException("p has " + m + " values but nulls " + nulls.size());
    }
    for (int i = 0; i < m; i++) {
      if (!(p[i] >= 0 && p[i] <= 1)) {
        throw new IllegalArgumentException("p[" + i + "] must be in [0, 1], was " + p[i]);
      }
    }
    // distinct null distributions with their multiplicities, in order of first use (the sums
    // below must not depend on identity hash codes); continuous ones summed in closed form
    Map<DiscreteNull, Integer> multiplicity = new IdentityHashMap<>();
    List<DiscreteNull> firstUse = new ArrayList<>();
    // the floors of the continuous tests, ascending: a test counts from its floor on
    double[] floor = new double[m];
    int continuousTests = 0;
    for (int i = 0; i < m; i++) {
      DiscreteNull f = nulls.get(i);
      if (f.continuous()) floor[continuousTests++] = floors[i];
      else if (multiplicity.merge(f, 1, Integer::sum) == 1) firstUse.add(f);
    }
    Arrays.sort(floor, 0, continuousTests);
    int continuous = 0;
    // Σ_i F_i/(1 − F_i) is a step function: sweep the jumps of every null in order of t (a jump
    // to F = 1 is infinite)
    int events = 0;
    for (DiscreteNull f : firstUse) events += f.support().length;
    double[] at = new double[events];
    double[] jump = new double[events];
    int e = 0;
    for (DiscreteNull f : firstUse) {
      double[] support = f.support();
      double[] cdf = f.cdf();
      double before = 0;
      int times = multiplicity.get(f);
      for (int k = 0; k < support.length; k++) {
        at[e] = support[k];
        if (cdf[k] >= 1) {
          jump[e++] = Double.POSITIVE_INFINITY;
          break;
        }
        double g = cdf[k] / (1 - cdf[k]);
        jump[e++] = times * (g - before);
        before = g;
      }
    }
    PairSort.sort(at, jump, e);
    Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
    double[] adjusted = new double[m];
    double running = 0;
    double finite = 0;
    int next = 0;
    for (int j = 1; j <= m; j++) {
      int i = order[j - 1];
      if (running < 1) {
        double t = p[i];
        while (next < e && at[next] <= t * (1 + DiscreteNull.TOLERANCE)) finite += jump[next++];
        while (continuous < continuousTests && floor[continuous] <= t) continuous++;
        double sum = t >= 1 ? Double.POSITIVE_INFINITY : continuous * (t / (1 - t)) + finite;
        running = Math.max(running, Math.min(1, sum / j));
      }
      // never below the test's own p: its y_j holds F_i(p) ≤ p, so with few tests that can reach
      // p the sum can fall below it; raising it keeps the FDR control (it only rejects less)
      running = Math.max(running, p[i]);
      adjusted[i] = running;
    }
    return adjusted;
  }
}
