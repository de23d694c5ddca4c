package qushi.analytics.stats;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.special.Erf;

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
   * Returns the profile-likelihood interval of log₂ of the rate ratio R = (a/N_t)/(b/N_r): the
   * ratios whose G² against the counts, divided by the dispersion φ, stays within {@code chi2} —
   * the ratios the two-group G² test of the same counts would not reject. Given n = a + b, a is
   * binomial with π(R) = R·N_t/(R·N_t + N_r), and
   *
   * <pre>
   * G²(R) = 2 · (a · ln(a / (n·π(R))) + b · ln(b / (n·(1 − π(R)))))      (0 · ln 0 = 0)
   * interval = { log₂ R : G²(R) / φ ≤ chi2 }
   * </pre>
   *
   * At R = 1 this is the test's G², so the interval leaves out 0 exactly when G²/φ &gt; chi2. Where
   * b = 0 no ratio is too high (the upper end is +∞, the lower solves a·ln(1/π) = φ·chi2/2); where
   * a = 0 the lower end is −∞. An end beyond ±log₂(N_t + N_r), a ratio finer than one token in all
   * the tokens of both sides, is open too (±∞): counts of these sizes show no such ratio, and only
   * a dispersion in the thousands reaches there, where the end would read as an estimate (2^−21 for
   * 147 against 1 at φ = 5,000). A Wald interval of the log ratio with a half added to each count
   * reaches below 0 for 30 against 0 although the test rejects R = 1 at p &lt; 0.001. Reference:
   * Agresti, A. (2013), Categorical Data Analysis, 3rd ed., §1.4.2 and §3.1.4 (likelihood-ratio
   * intervals, rates compared given their total); φ as in McCullagh &amp; Nelder (1989) §9.2.
   *
   * @param dispersion φ ≥ 1
   * @param chi2 the χ²₁ quantile (3.84 for 95%)
   * @return {lower, upper}
   * @throws IllegalArgumentException when a + b = 0
   */
  public static double[] logRatioInterval(
      long a, long b, long nt, long nr, double dispersion, double chi2) {
    if (a + b == 0) throw new IllegalArgumentException("no occurrences");
    double limit = dispersion * chi2;
    double ln2 = Math.log(2);
    double offset = Math.log((double) nr / nt); // ln R = logit π + offset
    double lower;
    double upper;
    if (b == 0) {
      double pi = Math.exp(-limit / (2.0 * a));
      lower = (Math.log(pi / (1 - pi)) + offset) / ln2;
      upper = Double.POSITIVE_INFINITY;
    } else if (a == 0) {
      double pi = 1 - Math.exp(-limit / (2.0 * b));
      lower = Double.NEGATIVE_INFINITY;
      upper = (Math.log(pi / (1 - pi)) + offset) / ln2;
    } else {
      double mle = Math.log((double) a / b);
      lower = (edge(a, b, mle, -1, limit) + offset) / ln2;
      upper = (edge(a, b, mle, 1, limit) + offset) / ln2;
    }
    // beyond the finest ratio counts of these sizes can show, the counts bound nothing
    double resolution = Math.log((double) nt + nr) / ln2;
    return new double[] {
      lower < -resolution ? Double.NEGATIVE_INFINITY : lower,
      upper > resolution ? Double.POSITIVE_INFINITY : upper
    };
  }

  /**
   * Returns the dispersion at which {@link #logRatioInterval} leaves out 0 exactly when a test of
   * the same counts has p below the interval's level: where p is below it, the φ at which the
   * interval's own statistic at R = 1, G²(1)/φ, has the upper χ²₁ tail {@code p} (test-based
   * limits: Miettinen, O. S. (1976), "Estimability and estimation in case-referent studies",
   * American Journal of Epidemiology 103(2):226–235). A test over units (passages, documents)
   * reports the larger of a quasi-likelihood F p-value and a permutation p-value, which can be far
   * above the χ²₁ tail of G²/φ — 9 against 0 tokens in one passage — and an interval at φ would
   * then leave out 0 where the reported p does not reject. Where p is below 10⁻¹² both reject by
   * far and the test's own {@code dispersion} is kept (p's tail cannot be inverted there without
   * loss); where the rates are equal (G²(1) = 0) 0 is inside any interval and {@code dispersion} is
   * kept too.
   *
   * <p>Where p is at or above the level, the test-based φ grows without end as p nears 1 (a
   * permutation p of 0.98 for 59 against 18 tokens made φ 365 and the interval (−∞, ∞)), though all
   * the interval must do there is hold 0: it is the interval at the test's φ, widened only as far
   * as holding 0 needs.
   *
   * <pre>
   * p &lt; α:   φ_p = G²(1) / q,   P(χ²₁ &gt; q) = p,   q = 2·erfc⁻¹(p)²
   * p ≥ α:   φ_p = max(φ, G²(1) / chi2)               α = P(χ²₁ &gt; chi2), 0.05 at 3.84
   * </pre>
   *
   * @param p the test's p-value in [0, 1]
   * @param dispersion the test's φ
   * @param chi2 the χ²₁ quantile of the interval (3.84 for 95%)
   * @throws IllegalArgumentException when a + b = 0
   */
  public static double testDispersion(
      long a, long b, long nt, long nr, double p, double dispersion, double chi2) {
    if (a + b == 0) throw new IllegalArgumentException("no occurrences");
    double atOne = g2(a, b, Math.log((double) nt / nr)); // R = 1: logit π = ln(N_t / N_r)
    if (p < 1e-12 || !(atOne > 0)) return dispersion;
    double root = Erf.erfcInv(p);
    double q = 2 * root * root;
    return q > chi2 ? atOne / q : Math.max(dispersion, atOne / chi2);
  }

  /**
   * Returns the test-based interval: {@link #logRatioInterval} at {@link #testDispersion}. Where p
   * is at or above the level and the interval had to widen to hold 0, its end on the side of 0 is 0
   * itself (G²(1)/φ_p = chi2 there by construction; a solver would put it a rounding error to
   * either side).
   *
   * @param p the test's p-value in [0, 1]
   * @param dispersion the test's φ
   * @param chi2 the χ²₁ quantile of the interval (3.84 for 95%)
   * @return {lower, upper}
   * @throws IllegalArgumentException when a + b = 0
   */
  public static double[] testInterval(
      long a, long b, long nt, long nr, double p, double dispersion, double chi2) {
    double phi = testDispersion(a, b, nt, nr, p, dispersion, chi2);
    double[] interval = logRatioInterval(a, b, nt, nr, phi, chi2);
    double atOne = g2(a, b, Math.log((double) nt / nr));
    if (p >= 1e-12 && atOne > 0 && phi > dispersion && phi == atOne / chi2) {
      // the rates differ (G²(1) > 0): 0 is the end on the lower rate's side
      if ((double) a * nr > (double) b * nt) interval[0] = 0;
      else interval[1] = 0;
    }
    return interval;
  }

  /**
   * Returns the half-width of a symmetric interval of a log ratio that agrees with the test that
   * reported {@code p}: where p is under the interval's level (p below 0.05 for a 95% interval, z =
   * 1.96), the test-based half-width |log ratio| · z / z_p (z_p the two-sided normal quantile of p,
   * Miettinen's test-based interval), so that the interval leaves out 0 exactly when the test
   * rejects; otherwise the larger of {@code waldHalf} and |log ratio|, so that it holds 0 — at its
   * end on the side of 0 when it had to widen (|log ratio| when {@code waldHalf} is NaN). A log
   * ratio of 0 keeps {@code waldHalf}; a p under 1e-12, beyond the precision of the quantile, takes
   * the narrower of {@code waldHalf} and the test-based half-width at p = 1e-12, so that a smaller
   * p never widens the interval.
   *
   * @param logRatio the estimate
   * @param p the reported test's two-sided p-value
   * @param waldHalf the half-width of the interval from the estimate's own variance
   * @param z the normal quantile of the interval (1.96 for 95%)
   */
  public static double testHalfWidth(double logRatio, double p, double waldHalf, double z) {
    if (logRatio == 0 || !(p >= 0)) return waldHalf;
    double zp = Math.sqrt(2) * Erf.erfcInv(Math.min(1, Math.max(p, 1e-12)));
    if (zp <= z)
      return Double.isNaN(waldHalf) ? Math.abs(logRatio) : Math.max(waldHalf, Math.abs(logRatio));
    double test = Math.abs(logRatio) * z / zp;
    return p >= 1e-12 || !(waldHalf < test) ? test : waldHalf;
  }

  /**
   * Returns the logit of π, on the side {@code step} of the maximum {@code mle}, where G² reaches
   * {@code limit}: a bracket found by doubling, then Brent's method (commons-math) within it.
   */
  private static double edge(long a, long b, double mle, int step, double limit) {
    double inside = mle;
    double outside = mle + step;
    for (int doublings = 0; g2(a, b, outside) <= limit; doublings++) {
      // no logit a double can hold is far enough (an infinite dispersion): the end is open
      if (doublings > 1100) return step * Double.POSITIVE_INFINITY;
      inside = outside;
      outside = mle + 2 * (outside - mle);
    }
    return new BrentSolver(1e-12)
        .solve(200, x -> g2(a, b, x) - limit, Math.min(inside, outside), Math.max(inside, outside));
  }

  /** Returns G² of counts a and b against the share π with logit {@code logit} (0 · ln 0 = 0). */
  private static double g2(long a, long b, double logit) {
    double n = a + b;
    // ln π and ln(1 − π) from the logit without cancellation or overflow
    double soft = Math.log1p(Math.exp(-Math.abs(logit))); // ln(1 + e^−|logit|)
    double lnPi = -Math.max(-logit, 0) - soft;
    double lnRest = -Math.max(logit, 0) - soft;
    return 2
        * ((a > 0 ? a * (Math.log(a / n) - lnPi) : 0)
            + (b > 0 ? b * (Math.log(b / n) - lnRest) : 0));
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
