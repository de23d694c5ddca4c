package qushi.analytics.stats;

/**
 * The Mantel–Haenszel comparison of two rates across strata (sources, events): the occurrences of a
 * term in the target (a_s of N_ts tokens) and the reference (b_s of N_rs) are compared within each
 * stratum s, so a difference between strata (a source used only in later years) is not taken for a
 * difference between target and reference. Only strata with tokens on both sides inform it.
 *
 * <pre>
 * N_s = N_ts + N_rs,   M_s = a_s + b_s
 * test (conditional on M_s, a_s ~ Binomial(M_s, N_ts/N_s) under H₀):
 *   E_s = M_s·N_ts/N_s,   V_s = M_s·N_ts·N_rs/N_s²,   χ²_MH = (Σ_s (a_s − E_s))² / Σ_s V_s
 * rate ratio:   RR_MH = Σ_s a'_s·N_rs/N_s / Σ_s b'_s·N_ts/N_s
 *   a'_s = a_s + 2c·N_ts/N_s,  b'_s = b_s + 2c·N_rs/N_s  (size-proportional pseudo-counts: the sign
 *   of ln RR_MH is that of Σ_s (N_ts·N_rs/N_s)·(a_s/N_ts − b_s/N_rs), the stratified direction)
 * Var(ln RR_MH) = Σ_s (M'_s·N_ts·N_rs/N_s²) / ((Σ_s a'_s·N_rs/N_s) · (Σ_s b'_s·N_ts/N_s))
 * </pre>
 *
 * References: Mantel, N. &amp; Haenszel, W. (1959), J. Natl. Cancer Inst. 22:719–748; for rates
 * (person-time) Rothman, K. J., Greenland, S. &amp; Lash, T. L. (2008), Modern Epidemiology, 3rd
 * ed., ch. 15; the variance from Greenland, S. &amp; Robins, J. M. (1985), Biometrics 41:55–68.
 */
public final class MantelHaenszel {
  private MantelHaenszel() {}

  /**
   * Returns χ²_MH over the strata with tokens on both sides; 0 when no stratum informs the test or
   * the term is absent from all of them.
   *
   * @param a target counts per stratum
   * @param b reference counts per stratum
   * @param nt target tokens per stratum
   * @param nr reference tokens per stratum
   */
  public static double chiSquared(long[] a, long[] b, long[] nt, long[] nr) {
    double diff = 0;
    double var = 0;
    for (int s = 0; s < a.length; s++) {
      if (nt[s] <= 0 || nr[s] <= 0) continue;
      double n = (double) nt[s] + nr[s];
      double m = a[s] + b[s];
      diff += a[s] - m * nt[s] / n;
      var += m * nt[s] * (double) nr[s] / (n * n);
    }
    return var > 0 ? diff * diff / var : 0;
  }

  /** Returns the signed score Σ_s (a_s − E_s) over the informative strata. */
  public static double score(long[] a, long[] b, long[] nt, long[] nr) {
    double diff = 0;
    for (int s = 0; s < a.length; s++) {
      if (nt[s] <= 0 || nr[s] <= 0) continue;
      diff += a[s] - (a[s] + b[s]) * (double) nt[s] / ((double) nt[s] + nr[s]);
    }
    return diff;
  }

  /**
   * Returns log₂ RR_MH with the pseudo-count c (see the type comment); 0 when no stratum informs
   * it.
   */
  public static double logRatio(long[] a, long[] b, long[] nt, long[] nr, double c) {
    double[] rs = sums(a, b, nt, nr, c);
    return rs[0] > 0 ? Math.log(rs[0] / rs[1]) / Math.log(2) : 0;
  }

  /**
   * Returns the half-width of the Wald interval of {@link #logRatio} on the log₂ scale, the
   * Greenland–Robins variance multiplied by the dispersion φ.
   *
   * @param z the normal quantile (1.96 for 95%)
   */
  public static double logRatioHalfWidth(
      long[] a, long[] b, long[] nt, long[] nr, double c, double dispersion, double z) {
    double[] rs = sums(a, b, nt, nr, c);
    if (!(rs[0] > 0)) return Double.NaN;
    return z * Math.sqrt(dispersion * rs[2] / (rs[0] * rs[1])) / Math.log(2);
  }

  /** Returns {R, S, Σ M'·N_t·N_r/N²} with pseudo-counts. */
  private static double[] sums(long[] a, long[] b, long[] nt, long[] nr, double c) {
    double r = 0;
    double s = 0;
    double v = 0;
    for (int k = 0; k < a.length; k++) {
      if (nt[k] <= 0 || nr[k] <= 0) continue;
      double n = (double) nt[k] + nr[k];
      double ak = a[k] + 2 * c * nt[k] / n;
      double bk = b[k] + 2 * c * nr[k] / n;
      r += ak * nr[k] / n;
      s += bk * nt[k] / n;
      v += (ak + bk) * nt[k] * (double) nr[k] / (n * n);
    }
    return new double[] {r, s, v};
  }
}
