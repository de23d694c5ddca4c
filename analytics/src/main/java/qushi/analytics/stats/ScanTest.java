package qushi.analytics.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * The scan test behind {@link PermutationTests#scan}: each group's upper binomial tail at the
 * number of units containing a term that fall in it, Bonferroni over the groups, and the null
 * distribution of that p.
 */
final class ScanTest {
  private ScanTest() {}

  /** Returns the p-value from each group's upper tails (see {@link PermutationTests#scanP}). */
  static double p(int[] counts, double[][] tails) {
    double best = 1;
    for (int y = 0; y < counts.length; y++) {
      if (counts[y] > 0 && tails[y] != null) best = Math.min(best, tails[y][counts[y]]);
    }
    return Math.min(1, counts.length * best);
  }

  /** Returns, per group, the upper tails for K = {@code k} units (null where π_g is 0 or 1). */
  static double[][] tails(int k, double[] probability) {
    double[][] tails = new double[probability.length][];
    for (int y = 0; y < tails.length; y++) {
      if (probability[y] > 0 && probability[y] < 1) tails[y] = upperTails(k, probability[y]);
    }
    return tails;
  }

  /** Returns the null distribution of the scan test for K = {@code k} units. */
  static DiscreteNull nullOf(int k, double[] probability) {
    List<DiscreteNull> nulls = new ArrayList<>();
    for (double pi : probability) {
      double[] pOf = new double[k + 1];
      double[] prob = new double[k + 1];
      if (pi <= 0 || pi >= 1) {
        prob[pi >= 1 ? k : 0] = 1;
        Arrays.fill(pOf, 1);
      } else {
        BinomialDistribution b = new BinomialDistribution(null, k, pi);
        for (int x = 0; x <= k; x++) prob[x] = b.probability(x);
        pOf = upperTails(k, pi);
      }
      nulls.add(DiscreteNull.of(pOf, prob));
    }
    return DiscreteNull.bonferroni(nulls);
  }

  /** Returns P(Binomial(k, π) ≥ x) for x = 0 … k, summed from the top (accurate when tiny). */
  private static double[] upperTails(int k, double pi) {
    BinomialDistribution b = new BinomialDistribution(null, k, pi);
    double[] tail = new double[k + 1];
    double run = 0;
    for (int x = k; x >= 1; x--) {
      run += b.probability(x);
      tail[x] = Math.min(1, run);
    }
    tail[0] = 1;
    return tail;
  }
}
