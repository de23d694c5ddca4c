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
}
