package qushi.analytics.stats;

/**
 * Effect sizes of a term between a target (a occurrences in N_t tokens) and a reference (b in N_r),
 * built so that their sign is always the sign of a/N_t − b/N_r, whatever the sizes and zeros.
 *
 * <p>A zero count needs a pseudo-count before a ratio can be taken. Adding the same amount to both
 * counts (or substituting one for a zero only, as Hardie's 0.5) favours the smaller corpus: a term
 * absent from a small target and seen 3 times in an 11× larger reference gets a positive log ratio
 * when 0 → 0.5 (0.5/N_t &gt; 3/(11·N_t)). Here the pseudo-counts are proportional to the sizes, so
 * they add the same rate to both sides and cannot change which rate is higher:
 *
 * <pre>
 * a' = a + 2c·N_t/N,   b' = b + 2c·N_r/N,   N = N_t + N_r
 * a'/N_t − b'/N_r = a/N_t − b/N_r
 * </pre>
 *
 * With equal sizes this is c added to each count (c = 0.5: the Haldane–Anscombe correction).
 */
public final class EffectSizes {
  private EffectSizes() {}

  /**
   * Returns log₂ of the ratio of rates with size-proportional pseudo-counts:
   *
   * <pre>
   * LR = log₂((a'/N_t) / (b'/N_r))
   * </pre>
   *
   * Reference for the log ratio: Hardie, A. (2014), "Log Ratio – an informal introduction", CASS,
   * Lancaster University; for the added half: Haldane (1956), Anscombe (1956).
   *
   * @param c the pseudo-count c &gt; 0 (half the total added)
   */
  public static double logRatio(long a, long b, long nt, long nr, double c) {
    double n = (double) nt + nr;
    double ac = a + 2 * c * nt / n;
    double bc = b + 2 * c * nr / n;
    return (Math.log(ac) - Math.log(nt) - Math.log(bc) + Math.log(nr)) / Math.log(2);
  }

  /**
   * Returns the half-width of the Wald interval of {@link #logRatio}, the Poisson variance of each
   * log count inflated by the dispersion φ (quasi-likelihood):
   *
   * <pre>
   * half-width = z_{1−α/2} · √(φ · (1/a' + 1/b')) / ln 2
   * </pre>
   *
   * Reference: Agresti, A. (2013), Categorical Data Analysis, 3rd ed., §3.1.4 (log ratio of Poisson
   * rates), with φ from McCullagh &amp; Nelder (1989) §9.2.
   *
   * @param dispersion φ ≥ 1
   * @param z the normal quantile z_{1−α/2} (1.96 for 95%)
   */
  public static double logRatioHalfWidth(
      long a, long b, long nt, long nr, double c, double dispersion, double z) {
    double n = (double) nt + nr;
    double ac = a + 2 * c * nt / n;
    double bc = b + 2 * c * nr / n;
    return z * Math.sqrt(dispersion * (1 / ac + 1 / bc)) / Math.log(2);
  }

  /**
   * Returns the weighted log-odds z-score with an informative Dirichlet prior whose pseudo-counts
   * are proportional to the sizes, positive when the target rate is higher:
   *
   * <pre>
   * α_t = α_w · 2N_t/N,   α_r = α_w · 2N_r/N,   A_t = α₀ · 2N_t/N,   A_r = α₀ · 2N_r/N
   * δ  = ln((a + α_t)/(N_t + A_t − a − α_t)) − ln((b + α_r)/(N_r + A_r − b − α_r))
   * σ² ≈ 1/(a + α_t) + 1/(b + α_r)
   * z  = δ / σ
   * </pre>
   *
   * Monroe, Colaresi &amp; Quinn (2008), "Fightin' words", Political Analysis 16(4):372–403, eqs.
   * 16, 18–22, use the same α_w on both sides; with unequal sizes that can give δ the opposite sign
   * of the rates. Here (a + α_t)/(N_t + A_t) = (a/N_t + α_w·2/N)/(1 + α₀·2/N), the same increasing
   * function of the rate on both sides, so the sign of δ is that of a/N_t − b/N_r. With equal sizes
   * it is their formula.
   *
   * @param alphaW the term's prior count α_w &gt; 0 (per side when the sizes are equal)
   * @param alpha0 the prior total α₀ ≥ α_w
   */
  public static double logOddsZ(long a, long b, long nt, long nr, double alphaW, double alpha0) {
    double n = (double) nt + nr;
    double st = 2 * nt / n;
    double sr = 2 * nr / n;
    double ya = a + alphaW * st;
    double yb = b + alphaW * sr;
    double delta = Math.log(ya / (nt + alpha0 * st - ya)) - Math.log(yb / (nr + alpha0 * sr - yb));
    return delta / Math.sqrt(1 / ya + 1 / yb);
  }
}
