package qushi.analytics.stats;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * The log-likelihood ratio statistic G² of a 2 × 2 contingency table, its small-sample correction
 * and the tail probabilities used to test it. One implementation serves keyness (term × corpus
 * tables) and collocations (first word × second word tables).
 *
 * <pre>
 *             col 1    col 2
 *   row 1     k11      k12       r1
 *   row 2     k21      k22       r2
 *             c1       c2        N
 *
 * G² = 2 Σ_cells O·ln(O/E),   E = row total · column total / N,   0·ln 0 = 0
 * </pre>
 *
 * Reference: Dunning, T. (1993), "Accurate methods for the statistics of surprise and coincidence",
 * Computational Linguistics 19(1):61–74; Rayson &amp; Garside (2000).
 */
public final class LogLikelihood {
  private LogLikelihood() {}

  /** Returns G² ≥ 0 of the table {{k11, k12}, {k21, k22}}; 0 when a margin is empty. */
  public static double g2(double k11, double k12, double k21, double k22) {
    double n = k11 + k12 + k21 + k22;
    double r1 = k11 + k12;
    double r2 = k21 + k22;
    double c1 = k11 + k21;
    double c2 = k12 + k22;
    if (r1 == 0 || r2 == 0 || c1 == 0 || c2 == 0) return 0;
    double sum =
        cell(k11, r1 * c1 / n)
            + cell(k12, r1 * c2 / n)
            + cell(k21, r2 * c1 / n)
            + cell(k22, r2 * c2 / n);
    // Rounding can leave a tiny negative value when the rates are equal.
    return Math.max(0, 2 * sum);
  }

  /**
   * Returns G² of a term with {@code a} occurrences among {@code nt} target tokens and {@code b}
   * among {@code nr} reference tokens: the table {{a, b}, {nt − a, nr − b}}.
   */
  public static double keyness(long a, long b, long nt, long nr) {
    return g2(a, b, (double) nt - a, (double) nr - b);
  }

  private static double cell(double observed, double expected) {
    return observed == 0 ? 0 : observed * Math.log(observed / expected);
  }

  /**
   * Returns Williams' correction factor q ≥ 1 for the keyness table of {@link #keyness}; G² / q
   * follows χ²₁ more closely in small samples:
   *
   * <pre>
   * q = 1 + (N/(a+b) + N/(c+d) − 1)·(N/N_t + N/N_r − 1) / (6N)
   * </pre>
   *
   * Reference: Williams, D. A. (1976), "Improved likelihood ratio tests for complete contingency
   * tables", Biometrika 63(1):33–37; the same form as quanteda's {@code textstat_keyness(measure =
   * "lr", correction = "williams")}. Unlike quanteda, which skips the correction when a cell is
   * zero, q is applied to every table: it depends only on the margins, and skipping it would make a
   * term absent from one side look more significant than a nearly absent one.
   */
  public static double williams(long a, long b, long nt, long nr) {
    double n = (double) nt + nr;
    double rowTerm = (double) a + b;
    double rowOther = n - rowTerm;
    if (rowTerm == 0 || rowOther == 0) return 1;
    return 1 + (n / rowTerm + n / rowOther - 1) * (n / nt + n / nr - 1) / (6 * n);
  }

  /**
   * Returns the upper tail P(χ²₁ &gt; g2), accurate for tiny p through the regularized gamma
   * function Q(½, g2/2); 1 for g2 ≤ 0.
   */
  public static double chiSquaredP(double g2) {
    return g2 <= 0 ? 1 : Gamma.regularizedGammaQ(0.5, g2 / 2);
  }

  /** Returns the upper tail P(χ²_df &gt; x) = Q(df/2, x/2); 1 for x ≤ 0. */
  public static double chiSquaredP(double x, int df) {
    return x <= 0 ? 1 : Gamma.regularizedGammaQ(df / 2.0, x / 2);
  }

  /** Returns the upper tail P(F(1, df) &gt; f) = I_{df/(df+f)}(df/2, ½); 1 for f ≤ 0. */
  public static double fP(double f, int df) {
    return f <= 0 ? 1 : Beta.regularizedBeta(df / (df + f), df / 2.0, 0.5);
  }

  /**
   * Returns the upper tail P(F(df1, df2) &gt; f) = I_{df2/(df2 + df1·f)}(df2/2, df1/2); 1 for f ≤
   * 0.
   */
  public static double fP(double f, int df1, int df2) {
    return f <= 0 ? 1 : Beta.regularizedBeta(df2 / (df2 + df1 * f), df2 / 2.0, df1 / 2.0);
  }
}
