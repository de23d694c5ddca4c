package qushi.analytics.stats;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.math3.distribution.HypergeometricDistribution;

/** Exact tests on counts of units (passages) rather than tokens. */
public final class ExactTests {
  private ExactTests() {}

  /**
   * Returns, per term, the two-sided p of Fisher's exact test on the number of units that contain
   * it: of the {@code population} units of both groups, K = {@code containing[t]} contain the term
   * and {@code sample} are in the target; under exchangeable units the target's share k = {@code
   * inTarget[t]} is hypergeometric, and
   *
   * <pre>
   * p = Σ_{x : P(x) ≤ P(k)} P(x),   P(x) = C(K, x) C(P − K, n − x) / C(P, n)
   * </pre>
   *
   * (a relative tolerance of 10⁻⁷ counts equal probabilities as equal). This test is exact whatever
   * the dependence of tokens within a unit. A term in no unit gets p = 1.
   */
  public static double[] presence(int[] inTarget, int[] containing, int population, int sample) {
    double[] out = new double[containing.length];
    Map<Integer, HypergeometricDistribution> cache = new HashMap<>();
    for (int t = 0; t < containing.length; t++) {
      if (containing[t] == 0) {
        out[t] = 1;
        continue;
      }
      HypergeometricDistribution h =
          cache.computeIfAbsent(
              containing[t], k -> new HypergeometricDistribution(null, population, k, sample));
      double observed = h.probability(inTarget[t]);
      double sum = 0;
      for (int x = h.getSupportLowerBound(); x <= h.getSupportUpperBound(); x++) {
        double px = h.probability(x);
        if (px <= observed * (1 + 1e-7)) sum += px;
      }
      out[t] = Math.min(1, sum);
    }
    return out;
  }
}
