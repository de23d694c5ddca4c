package qushi.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TwoGroupTestTest {
  /**
   * 3 against 3 documents: a term 10 times in each of the target's and never in the reference's
   * cannot be surer than the one most extreme of the C(6, 3) = 20 arrangements of the documents,
   * twice: 0.1, whatever the quasi-likelihood and the moments' approximation say.
   */
  @Test
  void noUnitTestSaysMoreThanRelabellingTheUnitsCan() {
    // each document 100 tokens; the term in the 3 target documents only (K = 3 of 6: past a
    // third, the approximation of the residuals' permutation)
    double[] e = new double[6];
    double rate = 30.0 / 600;
    for (int u = 0; u < 6; u++) e[u] = (u < 3 ? 10 : 0) - rate * 100;
    double m2 = 0;
    double m3 = 0;
    for (double x : e) {
      m2 += x * x;
      m3 += x * x * x;
    }
    TwoGroupTest.Result r =
        TwoGroupTest.passageLevel(
            new TwoGroupTest.Counts(30, 0, 300, 300, 3 * 100.0 / 100, 0),
            6,
            3,
            null,
            null,
            new double[] {m2, m3},
            true);
    assertEquals(0.1, r.p(), 1e-12);
    assertTrue(TwoGroupTest.exact(2, 6) && !TwoGroupTest.exact(3, 6));
  }
}
