package qushi.analytics.stats;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * Poisson regression of passage counts on group covariates (a year's time, say) with the log of the
 * passage's tokens as offset, fitted from group sums alone, with a quasi-likelihood dispersion.
 *
 * <p>Passage p of group g has y_p occurrences among n_p tokens; the model is
 *
 * <pre>
 * log E[y_p] = log n_p + x_g·β          the same covariates x_g for every passage of group g
 * </pre>
 *
 * Its log-likelihood depends on the data only through the group sums C_g = Σ y_p and N_g = Σ n_p,
 * so the fit is a Poisson GLM of C_g with offset log N_g, by iteratively reweighted least squares
 * (McCullagh &amp; Nelder 1989, Generalized Linear Models, §2.5, §6.2), and deviance differences
 * between nested models are the same whether computed over passages or over groups. The Pearson
 * statistic over passages needs one more sum per group, S_g = Σ y_p²/n_p:
 *
 * <pre>
 * μ_p = n_p·r_g,   r_g = exp(x_g·β)
 * D   = 2 Σ_g [C_g ln(C_g / (N_g r_g)) − (C_g − N_g r_g)]                    (group deviance)
 * X²  = Σ_p (y_p − μ_p)² / μ_p = Σ_g (S_g / r_g − 2 C_g + N_g r_g)          (passage Pearson)
 * φ   = max(1, X² / (P − q))        P passages, q coefficients (McCullagh &amp; Nelder §9.2)
 * F   = (D₀ − D₁) / ((q₁ − q₀) · φ₁)   ~ F(q₁ − q₀, P − q₁) under the smaller model
 * </pre>
 *
 * A group with no occurrences and a fitted rate of 0 adds nothing. When the maximum-likelihood
 * estimate lies at infinity (a term absent from the first groups is fitted by a rate falling to 0),
 * IRLS stops after {@value #MAX_ITERATIONS} steps; the deviance has then converged to its infimum,
 * which is what the tests use.
 */
public final class PoissonRegression {
  /** Most IRLS steps. */
  public static final int MAX_ITERATIONS = 60;

  private PoissonRegression() {}

  /**
   * A fitted model.
   *
   * @param beta the coefficients, one per covariate column
   * @param rate the fitted rate r_g per group
   * @param deviance the group deviance D
   * @param converged whether the relative change of D fell below 1e-10
   */
  public record Fit(double[] beta, double[] rate, double deviance, boolean converged) {
    /** Copies the arrays. */
    public Fit {
      beta = beta.clone();
      rate = rate.clone();
    }

    /** Returns a copy of the coefficients. */
    @Override
    public double[] beta() {
      return beta.clone();
    }

    /** Returns a copy of the fitted rates. */
    @Override
    public double[] rate() {
      return rate.clone();
    }

    /** Returns the fitted rate of group {@code g}. */
    public double rate(int g) {
      return rate[g];
    }

    /** Returns the passage Pearson X² from each group's sums (see the type comment). */
    public double pearson(long[] counts, long[] tokens, double[] squares) {
      double x2 = 0;
      for (int g = 0; g < rate.length; g++) {
        if (rate[g] <= 0) continue;
        x2 += squares[g] / rate[g] - 2.0 * counts[g] + tokens[g] * rate[g];
      }
      return Math.max(0, x2);
    }
  }

  /**
   * Fits the model.
   *
   * @param x covariates per group, one row per group, the first column usually 1 (intercept)
   * @param counts C_g ≥ 0
   * @param tokens N_g &gt; 0
   * @throws IllegalArgumentException on mismatched sizes or a group without tokens
   */
  public static Fit fit(double[][] x, long[] counts, long[] tokens) {
    int groups = counts.length;
    if (x.length != groups || tokens.length != groups) {
      throw new IllegalArgumentException("x, counts and tokens need one entry per group");
    }
    int q = x[0].length;
    long total = 0;
    long exposure = 0;
    for (int g = 0; g < groups; g++) {
      if (tokens[g] <= 0) throw new IllegalArgumentException("group " + g + " has no tokens");
      total += counts[g];
      exposure += tokens[g];
    }
    double[] beta = new double[q];
    double[] rate = new double[groups];
    if (total == 0) return new Fit(beta, rate, 0, true);
    // start as R's glm: μ = C + 0.1
    double[] eta = new double[groups];
    for (int g = 0; g < groups; g++) eta[g] = Math.log((counts[g] + 0.1) / tokens[g]);
    double dev = Double.POSITIVE_INFINITY;
    boolean converged = false;
    double[] best = null;
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      // weighted least squares of z = η + (C − μ)/μ on x with weights μ
      double[][] a = new double[q][q];
      double[] b = new double[q];
      for (int g = 0; g < groups; g++) {
        double mu = tokens[g] * Math.exp(eta[g]);
        double z = eta[g] + (counts[g] - mu) / mu;
        for (int i = 0; i < q; i++) {
          b[i] += mu * x[g][i] * z;
          for (int j = 0; j < q; j++) a[i][j] += mu * x[g][i] * x[g][j];
        }
      }
      double[] next;
      try {
        RealMatrix m = new Array2DRowRealMatrix(a, false);
        next = new LUDecomposition(m, 1e-300).getSolver().solve(new ArrayRealVector(b)).toArray();
      } catch (SingularMatrixException e) {
        break;
      }
      double nextDev = deviance(x, counts, tokens, next);
      // step halving while the deviance rises (or the step is not finite)
      for (int half = 0; half < 30 && best != null && !(nextDev <= dev); half++) {
        for (int i = 0; i < q; i++) next[i] = (next[i] + beta[i]) / 2;
        nextDev = deviance(x, counts, tokens, next);
      }
      if (best != null && !(nextDev <= dev)) break;
      boolean small = Math.abs(dev - nextDev) <= 1e-10 * (Math.abs(nextDev) + 0.1);
      beta = next;
      best = next;
      dev = nextDev;
      for (int g = 0; g < groups; g++) eta[g] = dot(x[g], beta);
      if (small) {
        converged = true;
        break;
      }
    }
    if (best == null) {
      // a singular design: the intercept-only fit
      beta = new double[q];
      double r = (double) total / exposure;
      for (int g = 0; g < groups; g++) rate[g] = r;
      return new Fit(beta, rate, groupDeviance(counts, tokens, rate), false);
    }
    for (int g = 0; g < groups; g++) rate[g] = Math.exp(dot(x[g], beta));
    return new Fit(beta, rate, groupDeviance(counts, tokens, rate), converged);
  }

  /** Returns the group deviance of rates {@code rate}. */
  public static double groupDeviance(long[] counts, long[] tokens, double[] rate) {
    double d = 0;
    for (int g = 0; g < counts.length; g++) {
      double mu = tokens[g] * rate[g];
      if (counts[g] > 0) d += counts[g] * Math.log(counts[g] / mu) - (counts[g] - mu);
      else d += mu;
    }
    return Math.max(0, 2 * d);
  }

  private static double deviance(double[][] x, long[] counts, long[] tokens, double[] beta) {
    double[] rate = new double[counts.length];
    for (int g = 0; g < counts.length; g++) rate[g] = Math.exp(dot(x[g], beta));
    double d = groupDeviance(counts, tokens, rate);
    return Double.isFinite(d) ? d : Double.POSITIVE_INFINITY;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }
}
