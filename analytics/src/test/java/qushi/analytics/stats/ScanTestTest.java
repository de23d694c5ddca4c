package qushi.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

class ScanTestTest {
  @Test
  void theBinomialLawOfTheExactScanIsCommonsMathsToTheLastDigits() {
    int[] sizes = {0, 1, 2, 7, 60, 61, 499, ScanTest.STEP_EXACT_UP_TO};
    double[] shares = {1e-6, 0.0017, 0.02, 1.0 / 3, 0.5, 0.73, 0.98, 1 - 1e-6};
    for (int n : sizes) {
      for (double q : shares) {
        double[] pmf = ScanTest.binomial(n, q);
        BinomialDistribution b = new BinomialDistribution(null, n, q);
        double sum = 0;
        for (int x = 0; x <= n; x++) {
          double expected = b.probability(x);
          sum += pmf[x];
          // relative to the term where it counts; a term below 1e-290 is no probability a test
          // reaches
          if (expected > 1e-290) {
            assertEquals(expected, pmf[x], 1e-11 * expected, "n " + n + " q " + q + " x " + x);
          } else {
            assertTrue(pmf[x] < 1e-280, "n " + n + " q " + q + " x " + x + ": " + pmf[x]);
          }
        }
        assertEquals(1, sum, 1e-11, "n " + n + " q " + q);
      }
    }
    // the certain cases
    assertEquals(1, ScanTest.binomial(5, 0)[0]);
    assertEquals(1, ScanTest.binomial(5, 1)[5]);
  }
}
