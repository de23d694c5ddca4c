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
    return Math.min(1, counts.length * smallest(counts, tails));
  }

  /** Returns, per group, the upper tails for K = {@code k} units (null where π_g is 0 or 1). */
  static double[][] tails(int k, double[] probability) {
    double[][] tails = new double[probability.length][];
    for (int y = 0; y < tails.length; y++) {
      if (probability[y] > 0 && probability[y] < 1) tails[y] = upperTails(k, probability[y]);
    }
    return tails;
  }

  /** The most units for which {@link #stepP} works out the exact law (g·K² steps). */
  static final int STEP_EXACT_UP_TO = 500;

  /**
   * Returns the p-value of the scan of the two sides of every split between consecutive groups: the
   * probability, when each of the K units falls in group g with probability π_g independently, that
   * some side's upper tail is at most the smallest one observed. The 2(G − 1) sides overlap (the
   * years before one split hold those before the last), so Bonferroni over them, the upper bound
   * {@link #p} gives, runs several times too high; up to {@value #STEP_EXACT_UP_TO} units the
   * probability is worked out exactly, by the law of the running count over the groups (each
   * group's count, given the units left, is binomial in them with the group's share of what is
   * left), and never below the smallest tail itself.
   *
   * @param perGroup the units containing the term in each group
   * @param share π_g, summing to 1
   * @param sideTails the upper tails of the sides ({@link #tails} for K units of the cumulative
   *     shares before each split, then those after it)
   * @param floor a p the caller takes the larger of with this one: where Bonferroni is no higher,
   *     it is returned as it is, without the exact law's g·K² steps
   */
  static double stepP(int[] perGroup, double[] share, double[][] sideTails, double floor) {
    int k = 0;
    for (int c : perGroup) k += c;
    int[] sides = sides(perGroup);
    double best = smallest(sides, sideTails);
    double bonferroni = Math.min(1, sides.length * best);
    if (k == 0 || k > STEP_EXACT_UP_TO || bonferroni <= floor) return bonferroni;
    return Math.min(bonferroni, exact(k, share, sideTails, best));
  }

  /**
   * Returns the units on each side of every split between consecutive groups: those up to each
   * split, then those after it (2(G − 1) counts).
   */
  static int[] sides(int[] perGroup) {
    int g = perGroup.length;
    int k = 0;
    for (int c : perGroup) k += c;
    int[] sides = new int[Math.max(0, 2 * (g - 1))];
    int before = 0;
    for (int s = 0; s < g - 1; s++) {
      before += perGroup[s];
      sides[s] = before;
      sides[g - 1 + s] = k - before;
    }
    return sides;
  }

  /** Returns the smallest upper tail of a group holding any unit (1 when none does). */
  private static double smallest(int[] counts, double[][] tails) {
    double best = 1;
    for (int y = 0; y < counts.length; y++) {
      if (counts[y] > 0 && tails[y] != null) best = Math.min(best, tails[y][counts[y]]);
    }
    return best;
  }

  /**
   * Returns the chance that some side's upper tail is at most {@code best} when K units fall in the
   * groups at their shares, never below {@code best} itself. A tail within a relative {@link
   * DiscreteNull#TOLERANCE} of it counts as reaching it: sides whose shares are equal (the first
   * year and the last, of equal size) have tails that differ in the last bit, and the p must not
   * depend on which way time runs.
   */
  private static double exact(int k, double[] share, double[][] sideTails, double best) {
    int g = share.length;
    double limit = best * (1 + DiscreteNull.TOLERANCE);
    // a side is reached when its count is at least its threshold: the least count whose tail is
    // at most the limit (K + 1 where none is)
    int[] reach = new int[sideTails.length];
    for (int i = 0; i < reach.length; i++) {
      reach[i] = k + 1;
      if (sideTails[i] == null) continue;
      for (int x = 1; x <= k; x++) {
        if (sideTails[i][x] <= limit) {
          reach[i] = x;
          break;
        }
      }
    }
    // law of the running count B after each group, kept where no side was reached so far; what
    // is dropped is the chance of reaching one, summed as it goes (1 − the rest would lose a tiny
    // p to rounding)
    double[] law = new double[k + 1];
    law[0] = 1;
    double left = 1;
    double reached = 0;
    for (int y = 0; y < g - 1; y++) {
      double q = left > 0 ? Math.min(1, share[y] / left) : 0;
      double[] next = new double[k + 1];
      for (int b = 0; b <= k; b++) {
        if (law[b] == 0) continue;
        int rest = k - b;
        double[] pmf = binomial(rest, q);
        for (int x = 0; x <= rest; x++) next[b + x] += law[b] * pmf[x];
      }
      for (int b = 0; b <= k; b++) {
        if (b >= reach[y] || k - b >= reach[g - 1 + y]) {
          reached += next[b];
          next[b] = 0;
        }
      }
      law = next;
      left -= share[y];
    }
    return Math.min(1, Math.max(best, reached));
  }

  /** ln x! for x = 0 … {@link #STEP_EXACT_UP_TO}: the counts {@link #exact} takes laws of. */
  private static final double[] LOG_FACTORIAL = new double[STEP_EXACT_UP_TO + 1];

  static {
    for (int x = 2; x < LOG_FACTORIAL.length; x++) {
      LOG_FACTORIAL[x] = LOG_FACTORIAL[x - 1] + Math.log(x);
    }
  }

  /**
   * Returns P(Binomial(n, q) = x) for x = 0 … n ({@code n} ≤ {@link #STEP_EXACT_UP_TO}): the term
   * at the mode from logs, the others from it by the ratio of successive terms, (n − x)/(x + 1) ·
   * q/(1 − q) upwards and its inverse downwards, so that every term is a product of factors towards
   * the tails (none underflows before it is negligible) and one exponential serves the row, where a
   * logarithm and an exponential a term made a tenth of the time of a report's statistics.
   */
  static double[] binomial(int n, double q) {
    double[] pmf = new double[n + 1];
    if (q <= 0) {
      pmf[0] = 1;
    } else if (q >= 1) {
      pmf[n] = 1;
    } else {
      int mode = (int) Math.min(n, Math.floor((n + 1) * q));
      pmf[mode] =
          Math.exp(
              LOG_FACTORIAL[n]
                  - LOG_FACTORIAL[mode]
                  - LOG_FACTORIAL[n - mode]
                  + mode * Math.log(q)
                  + (n - mode) * Math.log1p(-q));
      double odds = q / (1 - q);
      for (int x = mode; x < n; x++) pmf[x + 1] = pmf[x] * (n - x) / (x + 1) * odds;
      for (int x = mode; x > 0; x--) pmf[x - 1] = pmf[x] * x / (n - x + 1) / odds;
    }
    return pmf;
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
