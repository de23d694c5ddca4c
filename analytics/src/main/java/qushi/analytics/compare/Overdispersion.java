package qushi.analytics.compare;

import qushi.analytics.prepare.GroupCounts;

/** Per-term overdispersion of passage counts around their group rates (see {@link Keyness}). */
final class Overdispersion {
  private Overdispersion() {}

  /**
   * Returns φ_w = max(1, X²_w / df) per term, X²_w the Pearson statistic of the passages of both
   * groups against the Poisson means n_p·r_gw. Since Σ (y − e)²/e = Σ y²/e − 2Σy + Σe and Σe over a
   * group equals its total Σy, X²_w = S_Tw / r_Tw + S_Rw / r_Rw − (a + b), with S_gw = Σ y²/n over
   * the group's passages; a group where the term is absent adds nothing.
   */
  static double[] pearson(GroupCounts target, GroupCounts reference, int df) {
    int terms = target.terms();
    double[] phi = new double[terms];
    for (int t = 0; t < terms; t++) {
      long a = target.count()[t];
      long b = reference.count()[t];
      double x2 = -(double) (a + b);
      if (a > 0) x2 += target.squares(t) * target.tokens() / a;
      if (b > 0) x2 += reference.squares(t) * reference.tokens() / b;
      phi[t] = Math.max(1, x2 / df);
    }
    return phi;
  }
}
