package qushi.analytics.stats;

import org.apache.commons.math3.special.Gamma;

/**
 * The Pearson type III (shifted gamma) approximation behind {@link PermutationTests#pearsonThree}:
 * the two-sided p-value of a statistic from its variance and third central moment, each tail the
 * larger of the gamma tail and the normal tail.
 */
final class PearsonThree {
  private PearsonThree() {}

  /** Above this shape the gamma tails are taken by the Wilson–Hilferty transformation. */
  static final double WILSON_HILFERTY = 1e5;

  /**
   * Returns the two-sided p-value of a statistic with mean 0, variance {@code var}, third central
   * moment {@code mu3}.
   */
  static double p(double statistic, double var, double mu3) {
    if (!(var > 0)) return 1;
    double sd = Math.sqrt(var);
    double z = statistic / sd;
    double normalUp = PermutationTests.normalUpper(z);
    double normalDown = PermutationTests.normalUpper(-z);
    double gamma = mu3 / (var * sd);
    double up = normalUp;
    double down = normalDown;
    if (Math.abs(gamma) > 1e-8) {
      double k = 4 / (gamma * gamma);
      double zz = gamma > 0 ? z : -z;
      double x = k + zz * Math.sqrt(k);
      double longTail;
      double shortTail;
      if (x <= 0) {
        longTail = 1;
        shortTail = 0;
      } else if (k > WILSON_HILFERTY) {
        // the incomplete gamma function's series takes ~√k terms and fails from k ≈ 10¹²; the
        // cube root of a gamma variable is nearly normal (Wilson and Hilferty 1931): a relative
        // error of the tail of O(1/k), 5·10⁻⁶ at three standard deviations here
        double w = (Math.cbrt(x / k) - 1 + 1 / (9 * k)) * 3 * Math.sqrt(k);
        longTail = PermutationTests.normalUpper(w);
        shortTail = PermutationTests.normalUpper(-w);
      } else {
        longTail = Gamma.regularizedGammaQ(k, x);
        shortTail = Gamma.regularizedGammaP(k, x);
      }
      if (gamma > 0) {
        up = Math.max(longTail, normalUp);
        down = Math.max(shortTail, normalDown);
      } else {
        down = Math.max(longTail, normalDown);
        up = Math.max(shortTail, normalUp);
      }
    }
    return Math.min(1, 2 * Math.min(up, down));
  }
}
