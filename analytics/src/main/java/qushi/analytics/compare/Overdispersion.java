package qushi.analytics.compare;

/** Per-term overdispersion of passage counts around their group rates (see Keyness). */
final class Overdispersion {
  private Overdispersion() {}

  /**
   * Returns φ_w = max(1, X²_w / df) per term, X²_w the Pearson statistic of the passages of both
   * groups against the Poisson means n_p·r_gw.
   */
  static double[] pearson(
      PassageMatrix m,
      boolean[] target,
      boolean[] reference,
      long[] a,
      long[] b,
      long nt,
      long nr,
      int df) {
    int terms = m.terms();
    // Σ (y − e)²/e = Σ y²/e − 2Σy + Σe, and Σe over a group equals its total Σy, so only the
    // passages where the term occurs have to be visited: X² = Σ_{y>0} y²/e − (a + b).
    double[] x2 = new double[terms];
    for (int p = 0; p < m.passages(); p++) {
      if (!target[p] && !reference[p]) {
        continue;
      }
      double n = m.tokens(p);
      for (int k = m.rowStart(p); k < m.rowStart(p + 1); k++) {
        int t = m.termId(k);
        double y = m.countAt(k);
        double rate = target[p] ? (double) a[t] / nt : (double) b[t] / nr;
        x2[t] += y * y / (n * rate);
      }
    }
    double[] phi = new double[terms];
    for (int t = 0; t < terms; t++) {
      phi[t] = Math.max(1, (x2[t] - a[t] - b[t]) / df);
    }
    return phi;
  }

  /**
   * Returns, per term, the two-sided p of Fisher's exact test on the number of passages that
   * contain it: of the P passages of both groups, K contain the term and n are in the target; under
   * exchangeable passages the target's share k is hypergeometric, and
   * <pre>
   * p = Σ_{x : P(x) ≤ P(k)} P(x),   P(x) = C(K, x) C(P − K, n − x) / C(P, n)
   * </pre>
   * This test is exact whatever the dependence of tokens within a passage; Keyness takes the larger
   * of it and the quasi-likelihood p so that a term crowded into a few passages cannot look
   * significant on the strength of its repetitions alone.
   */
  static double[] presenceP(PassageMatrix m, boolean[] target, boolean[] reference) {
    int terms = m.terms();
    int[] inTarget = new int[terms];
    int[] inBoth = new int[terms];
    int population = 0;
    int sample = 0;
    for (int p = 0; p < m.passages(); p++) {
      if (!target[p] && !reference[p]) {
        continue;
      }
      population++;
      if (target[p]) {
        sample++;
      }
      for (int k = m.rowStart(p); k < m.rowStart(p + 1); k++) {
        if (m.countAt(k) > 0) {
          inBoth[m.termId(k)]++;
          if (target[p]) {
            inTarget[m.termId(k)]++;
          }
        }
      }
    }
    double[] out = new double[terms];
    java.util.Map<Integer, org.apache.commons.math3.distribution.HypergeometricDistribution> cache =
        new java.util.HashMap<>();
    for (int t = 0; t < terms; t++) {
      if (inBoth[t] == 0) {
        out[t] = 1;
        continue;
      }
      final int pop = population;
      final int n = sample;
      org.apache.commons.math3.distribution.HypergeometricDistribution h =
          cache.computeIfAbsent(
              inBoth[t],
              k -> new org.apache.commons.math3.distribution.HypergeometricDistribution(null, pop, k, n));
      double observed = h.probability(inTarget[t]);
      double sum = 0;
      for (int x = h.getSupportLowerBound(); x <= h.getSupportUpperBound(); x++) {
        double px = h.probability(x);
        if (px <= observed * (1 + 1e-7)) {
          sum += px;
        }
      }
      out[t] = Math.min(1, sum);
    }
    return out;
  }
}
