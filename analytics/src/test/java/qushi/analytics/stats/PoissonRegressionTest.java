package qushi.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PoissonRegressionTest {
  @Test
  void aLogLinearSeriesIsFittedExactly() {
    // rates 0.001 · 2^t at t = 0, 1, 2 over 10,000 tokens: counts 10, 20, 40, β = (ln 0.001, ln 2)
    double[][] x = {{1, 0}, {1, 1}, {1, 2}};
    PoissonRegression.Fit fit =
        PoissonRegression.fit(x, new long[] {10, 20, 40}, new long[] {10_000, 10_000, 10_000});
    assertArrayEquals(new double[] {Math.log(0.001), Math.log(2)}, fit.beta(), 1e-9);
    assertEquals(0, fit.deviance(), 1e-9);
    assertTrue(fit.converged());
  }

  @Test
  void interceptOnlyIsThePooledRate() {
    double[][] x = {{1}, {1}};
    long[] c = {10, 30};
    long[] n = {1000, 1000};
    PoissonRegression.Fit fit = PoissonRegression.fit(x, c, n);
    assertEquals(0.02, fit.rate(0), 1e-9);
    // D = 2 Σ C ln(C / E) − (C − E), E = 20 each
    assertEquals(2 * (10 * Math.log(0.5) + 30 * Math.log(1.5)), fit.deviance(), 1e-9);
  }

  @Test
  void pearsonOverPassagesFromGroupSums() {
    // group 1: passages (y, n) = (2, 10), (0, 10); group 2: (1, 20), (3, 20); fitted rates 0.1, 0.1
    double[][] x = {{1}, {1}};
    long[] c = {2, 4};
    long[] n = {20, 40};
    PoissonRegression.Fit fit = PoissonRegression.fit(x, c, n);
    assertEquals(0.1, fit.rate(0), 1e-9);
    double direct =
        sq(2 - 1) / 1 + sq(0 - 1) / 1 + sq(1 - 2) / 2 + sq(3 - 2) / 2; // Σ (y − n r)² / (n r)
    double[] squares = {4 / 10.0 + 0, 1 / 20.0 + 9 / 20.0}; // Σ y²/n per group
    assertEquals(direct, fit.pearson(c, n, squares), 1e-6);
  }

  @Test
  void anAbsentStartConvergesToTheInfimum() {
    // no occurrence in the first two groups: the MLE lies at infinity; the deviance still falls
    // to the saturated value's neighbourhood
    double[][] x = {{1, -1, 1}, {1, 0, 0}, {1, 1, 1}};
    PoissonRegression.Fit fit =
        PoissonRegression.fit(x, new long[] {0, 0, 30}, new long[] {1000, 1000, 1000});
    assertTrue(fit.deviance() < 1e-3, "deviance " + fit.deviance());
    assertEquals(0.03, fit.rate(2), 1e-4);
  }

  private static double sq(double v) {
    return v * v;
  }
}
