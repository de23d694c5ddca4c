package qushi.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class PermutationTestsTest {
  /** Returns P(T = s) of a subset sum by listing every sample of {@code sample} units. */
  private static double twoSided(double[] dist, int observed) {
    double below = 0;
    double above = 0;
    for (int s = 0; s < dist.length; s++) {
      if (s <= observed) below += dist[s];
      if (s >= observed) above += dist[s];
    }
    return Math.min(1, 2 * Math.min(below, above));
  }

  @Test
  void theSmallestTwoSidedPOfFewUnitsIsTwiceOneArrangement() {
    // 3 against 3: C(6, 3) = 20 arrangements, the most extreme one twice: 0.1
    assertEquals(0.1, PermutationTests.smallestTwoSided(3, 3), 1e-12);
    assertEquals(2.0 / 6, PermutationTests.smallestTwoSided(2, 2), 1e-12);
    assertEquals(1, PermutationTests.smallestTwoSided(1, 1));
    assertEquals(1, PermutationTests.smallestTwoSided(0, 5));
  }

  @Test
  void withOneUnitOfEachSideItIsTheHypergeometricOfPassages() {
    // K = 4 of P = 12 passages contain the term, the target has n = 3 passages, 3 of them with
    // the term: P(X ≥ 3) = C(4,3)C(8,0)/C(12,3) = 4/220
    assertEquals(2 * 4 / 220.0, PermutationTests.hypergeometric(4, 8, 3, 3).p(), 1e-12);
  }

  @Test
  void theNullDistributionIsExactAndValid() {
    // units 3, 1, 1, 2, each in the target with probability 0.3: 16 arrangements
    int[] values = {3, 1, 1, 2};
    double[] pi = {0.7, 0.3};
    int[] c = {0, 1};
    double[] dist = new double[8];
    for (int mask = 0; mask < 16; mask++) {
      int sum = 0;
      double p = 1;
      for (int i = 0; i < 4; i++) {
        boolean in = (mask >> i & 1) != 0;
        sum += in ? values[i] : 0;
        p *= in ? 0.3 : 0.7;
      }
      dist[sum] += p;
    }
    PermutationTests.Exact e = PermutationTests.labelledSum(values, new int[] {1, 0, 0, 1}, pi, c);
    assertEquals(twoSided(dist, 5), e.p(), 1e-12);
    DiscreteNull f = e.nulls();
    // F(t) = Σ P(s) over sums s whose p-value is ≤ t, and F(t) ≤ t (a valid p-value)
    for (double t : f.support()) {
      double sum = 0;
      for (int s = 0; s < dist.length; s++) if (twoSided(dist, s) <= t + 1e-12) sum += dist[s];
      assertEquals(sum, f.cdf(t), 1e-12);
      assertTrue(f.cdf(t) <= t + 1e-12, "F(" + t + ") = " + f.cdf(t));
    }
    assertEquals(0, f.cdf(f.minimum() / 2));
  }

  @Test
  void eachUnitMayDrawItsLabelFromItsOwnStratum() {
    // unit 2 in a stratum whose target holds 0.25 of the tokens, units 1 and 1 in one where it
    // holds 0.5: T = the target's sum, observed 2 + 1 = 3
    double[] quarter = {0.75, 0.25};
    double[] half = {0.5, 0.5};
    double[] dist = new double[5];
    for (int mask = 0; mask < 8; mask++) {
      boolean a = (mask & 1) != 0;
      boolean b = (mask & 2) != 0;
      boolean d = (mask & 4) != 0;
      dist[(a ? 2 : 0) + (b ? 1 : 0) + (d ? 1 : 0)] += (a ? 0.25 : 0.75) * 0.5 * 0.5;
    }
    PermutationTests.Exact e =
        PermutationTests.labelledSum(
            new int[] {2, 1, 1},
            new int[] {1, 1, 0},
            new double[][] {quarter, half, half},
            new int[] {0, 1});
    assertEquals(twoSided(dist, 3), e.p(), 1e-12);
    // by hand: P(T ≥ 3) = 0.25 · 0.5 (the 2 and one of the 1s) + 0.25 · 0.25 (all) = 0.1875, P(T ≤
    // 3)
    // = 1 − 0.0625: two-sided 0.375
    assertEquals(0.375, e.p(), 1e-12);
  }

  @Test
  void theSmallestPWithinStrataMultipliesTheirArrangements() {
    // 2 against 2 in one stratum (6 arrangements), 1 against 2 in another (3): 2 / 18
    assertEquals(
        2.0 / 18, PermutationTests.smallestTwoSided(new int[] {2, 1}, new int[] {2, 2}), 1e-12);
    // a stratum with one side empty adds nothing
    assertEquals(
        PermutationTests.smallestTwoSided(3, 3),
        PermutationTests.smallestTwoSided(new int[] {3, 4}, new int[] {3, 0}),
        1e-12);
  }

  @Test
  void labelledSumMatchesEnumeration() {
    // three units with values 2, 1, 1; labels 0/1/2 with probabilities 0.5, 0.3, 0.2, contrast
    // −1, 0, 1; observed labels (2, 2, 0): T = 2 + 1 − 1 = 2
    int[] values = {2, 1, 1};
    double[] pi = {0.5, 0.3, 0.2};
    int[] c = {-1, 0, 1};
    List<double[]> outcomes = new ArrayList<>();
    for (int a = 0; a < 3; a++)
      for (int b = 0; b < 3; b++)
        for (int d = 0; d < 3; d++)
          outcomes.add(new double[] {2 * c[a] + c[b] + c[d], pi[a] * pi[b] * pi[d]});
    double below = 0;
    double above = 0;
    for (double[] o : outcomes) {
      if (o[0] <= 2) below += o[1];
      if (o[0] >= 2) above += o[1];
    }
    PermutationTests.Exact e = PermutationTests.labelledSum(values, new int[] {2, 2, 0}, pi, c);
    assertEquals(Math.min(1, 2 * Math.min(below, above)), e.p(), 1e-12);
  }

  @Test
  void scanByHand() {
    // K = 4 passages, all in the second of three years with shares 0.5, 0.25, 0.25:
    // p = 3 · P(Binomial(4, 0.25) ≥ 4) = 3 / 256
    PermutationTests.Exact e =
        PermutationTests.scan(new int[] {0, 4, 0}, new double[] {0.5, 0.25, 0.25});
    assertEquals(3 / 256.0, e.p(), 1e-15);
    // the bound Σ F_g(t/3): at t = 3/256 the second and third years contribute 1/256 each, the
    // first P(Binomial(4, 0.5) ≥ x) ≤ 1/256 never (its smallest tail is 1/16)
    assertEquals(2 / 256.0, e.nulls().cdf(3 / 256.0), 1e-15);
  }

  @Test
  void theStepScanIsTheExactChanceThatSomeSideIsAsExtreme() {
    // K = 4 passages, all in the last of three years with shares 0.5, 0.25, 0.25. The smallest
    // side's tail is the last year's, P(Binomial(4, 0.25) = 4) = 1/256; no other side can reach
    // it (the first year's smallest tail is 1/16), so the exact p is 1/256 where Bonferroni over
    // the four sides gives 4/256
    double[] share = {0.5, 0.25, 0.25};
    assertEquals(1 / 256.0, stepScan(new int[] {0, 0, 4}, share), 1e-15);
    // where the caller's own p is no lower than Bonferroni, the exact p (lower) cannot matter
    assertEquals(
        4 / 256.0,
        PermutationTests.stepScanP(
            new int[] {0, 0, 4}, share, PermutationTests.scanTails(4, sides(share)), 0.5),
        1e-15);
    // against every way K units can fall in the years, small enough to list
    java.util.SplittableRandom r = new java.util.SplittableRandom(7);
    for (int trial = 0; trial < 40; trial++) {
      int g = 3 + r.nextInt(3);
      int k = 1 + r.nextInt(6);
      double[] pi = new double[g];
      double sum = 0;
      for (int y = 0; y < g; y++) sum += pi[y] = 0.2 + r.nextDouble();
      for (int y = 0; y < g; y++) pi[y] /= sum;
      int[] observed = new int[g];
      for (int u = 0; u < k; u++) observed[r.nextInt(g)]++;
      double[][] tails = PermutationTests.scanTails(k, sides(pi));
      double best = smallestSide(observed, tails);
      double exact = 0;
      int[] at = new int[k];
      for (int n = 0; n < Math.pow(g, k); n++) {
        int[] counts = new int[g];
        double prob = 1;
        for (int u = 0, rest = n; u < k; u++, rest /= g) {
          counts[rest % g]++;
          prob *= pi[rest % g];
        }
        if (smallestSide(counts, tails) <= best) exact += prob;
      }
      assertEquals(
          Math.max(best, exact), stepScan(observed, pi), 1e-12, "trial " + trial + " k " + k);
    }
  }

  @Test
  void theStepScanIsTheSameWhicheverWayTimeRuns() {
    // ten years of 10 units each, the shares worked out as the trend test does (the years up to a
    // split, 1 − that after it): all 5 units in the first year or all in the last is the same
    // event mirrored, P = 2 · 0.1⁵ = 2e-5 (no other side can be that extreme)
    double[] share = new double[10];
    java.util.Arrays.fill(share, 0.1);
    double[] sideShares = new double[18];
    for (int s = 0; s < 9; s++) {
      sideShares[s] = (s + 1) * 10 / 100.0;
      sideShares[9 + s] = 1 - sideShares[s];
    }
    double[][] tails = PermutationTests.scanTails(5, sideShares);
    double first =
        PermutationTests.stepScanP(new int[] {5, 0, 0, 0, 0, 0, 0, 0, 0, 0}, share, tails, 0);
    double last =
        PermutationTests.stepScanP(new int[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 5}, share, tails, 0);
    assertEquals(2e-5, first, 1e-12);
    assertEquals(first, last, 1e-15);
  }

  private static double stepScan(int[] counts, double[] share) {
    int k = 0;
    for (int c : counts) k += c;
    return PermutationTests.stepScanP(
        counts, share, PermutationTests.scanTails(k, sides(share)), 0);
  }

  /** Returns the shares of the sides: the years up to each split, then those after it. */
  private static double[] sides(double[] share) {
    int g = share.length;
    double[] out = new double[2 * (g - 1)];
    double before = 0;
    for (int s = 0; s < g - 1; s++) {
      before += share[s];
      out[s] = before;
      out[g - 1 + s] = 1 - before;
    }
    return out;
  }

  /** Returns the smallest upper tail of a side holding any unit. */
  private static double smallestSide(int[] counts, double[][] tails) {
    int g = counts.length;
    int k = 0;
    for (int c : counts) k += c;
    double best = 1;
    int before = 0;
    for (int s = 0; s < g - 1; s++) {
      before += counts[s];
      if (before > 0 && tails[s] != null) best = Math.min(best, tails[s][before]);
      if (k - before > 0 && tails[g - 1 + s] != null)
        best = Math.min(best, tails[g - 1 + s][k - before]);
    }
    return best;
  }

  @Test
  void pearsonThreeIsNormalWithoutSkewAndNeverBelowTheNormalTail() {
    NormalDistribution n = new NormalDistribution();
    // e = (−1, 1) symmetric: Σe² = 2, Σe³ = 0; b = (0, 1): Σ(b − b̄)² = 0.5, Σ(b − b̄)³ = 0;
    // Var T = 2 · 0.5 / 1 = 1
    assertEquals(
        2 * (1 - n.cumulativeProbability(1.5)),
        PermutationTests.pearsonThree(1.5, 2, 0, 0.5, 0, 2),
        1e-9);
    // skewed to the right: the upper tail is heavier than the normal one, the lower one is not
    // taken below it
    double up = PermutationTests.pearsonThree(3, 1, 1.5);
    double down = PermutationTests.pearsonThree(-3, 1, 1.5);
    assertTrue(up > 2 * (1 - n.cumulativeProbability(3)), "upper " + up);
    assertEquals(2 * n.cumulativeProbability(-3), down, 1e-12);
    // gamma with k = 4/γ² = 16/9: P(G ≥ k + 3√k) doubled
    double k = 4 / (1.5 * 1.5);
    assertEquals(
        2 * org.apache.commons.math3.special.Gamma.regularizedGammaQ(k, k + 3 * Math.sqrt(k)),
        up,
        1e-12);
  }

  /**
   * A skew of 10⁻⁷ is a gamma of shape 4·10¹⁴, whose tails the incomplete gamma function's series
   * got wrong (0.22 for an upper tail of 0.058, −0.64 for a probability): the p is the normal one
   * to within the skew's effect. A skew of 10⁻² (shape 40,000) is still computed by the series; the
   * Wilson–Hilferty transformation agrees with it there to 10⁻⁴ of its value.
   */
  @Test
  void pearsonThreeOfAVanishingSkewIsNormal() {
    NormalDistribution n = new NormalDistribution();
    double normal = 2 * (1 - n.cumulativeProbability(1.575));
    for (double skew : new double[] {1e-7, -1e-7, 1e-6, 1e-5}) {
      assertEquals(normal, PermutationTests.pearsonThree(1.575, 1, skew), 1e-5, "skew " + skew);
      assertEquals(normal, PermutationTests.pearsonThree(-1.575, 1, skew), 1e-5, "skew " + skew);
    }
    double k = 4 / 1e-4;
    double x = k + 3 * Math.sqrt(k);
    double w = (Math.cbrt(x / k) - 1 + 1 / (9 * k)) * 3 * Math.sqrt(k);
    double q = org.apache.commons.math3.special.Gamma.regularizedGammaQ(k, x);
    assertEquals(q, 1 - n.cumulativeProbability(w), 1e-4 * q);
  }
}
