package qushi.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MultipleTestingTest {
  @Test
  void handWorkedExample() {
    // m = 4. Sorted: 0.005 (rank 1) → 0.02, 0.01 (2) → 0.02, 0.03 (3) → 0.04, 0.04 (4) → 0.04.
    double[] adjusted = MultipleTesting.benjaminiHochberg(new double[] {0.01, 0.04, 0.03, 0.005});
    assertArrayEquals(new double[] {0.02, 0.04, 0.04, 0.02}, adjusted, 1e-15);
  }

  @Test
  void stepUpMakesAdjustedValuesMonotone() {
    // m = 5. Raw m·p/rank: 0.005, 0.1, 0.06833, 0.25, 0.9; the running minimum from the top
    // lowers rank 2 (p = 0.04) to rank 3's 0.06833.
    double[] p = {0.001, 0.04, 0.041, 0.9, 0.2};
    double[] adjusted = MultipleTesting.benjaminiHochberg(p);
    assertArrayEquals(
        new double[] {0.005, 5 * 0.041 / 3, 5 * 0.041 / 3, 0.9, 0.25}, adjusted, 1e-15);
  }

  @Test
  void cappedAtOneAndEmptyStaysEmpty() {
    assertArrayEquals(
        new double[] {1, 1}, MultipleTesting.benjaminiHochberg(new double[] {1, 0.9}), 0);
    assertEquals(0, MultipleTesting.benjaminiHochberg(new double[0]).length);
  }

  @Test
  void rejectsInvalidPValues() {
    assertThrows(
        IllegalArgumentException.class,
        () -> MultipleTesting.benjaminiHochberg(new double[] {Double.NaN}));
    assertThrows(
        IllegalArgumentException.class,
        () -> MultipleTesting.benjaminiHochberg(new double[] {1.5}));
  }

  @Test
  void discreteStepDownWithContinuousTestsByHand() {
    // y_j = (1/j) Σ_i t/(1 − t) at t = p₍ⱼ₎: 3·(0.01/0.99), 3·(0.02/0.98)/2, then ∞
    double[] adjusted =
        MultipleTesting.discreteStepDown(
            new double[] {0.02, 0.01, 1},
            java.util.List.of(DiscreteNull.UNIFORM, DiscreteNull.UNIFORM, DiscreteNull.UNIFORM));
    assertArrayEquals(new double[] {3 * 0.02 / 0.98 / 2, 3 * 0.01 / 0.99, 1}, adjusted, 1e-15);
  }

  @Test
  void aTestThatCannotReachSmallPDoesNotDilute() {
    // the third test's p can only be 0.2 or 1 (F(0.2) = 0.2): below 0.2 it adds nothing, so the
    // first two are corrected as if there were two tests (BH would use three)
    DiscreteNull rare = new DiscreteNull(new double[] {0.2, 1}, new double[] {0.2, 1});
    double[] adjusted =
        MultipleTesting.discreteStepDown(
            new double[] {0.01, 0.02, 1},
            java.util.List.of(DiscreteNull.UNIFORM, DiscreteNull.UNIFORM, rare));
    assertEquals(2 * 0.01 / 0.99, adjusted[0], 1e-15);
    assertEquals(2 * 0.02 / 0.98 / 2, adjusted[1], 1e-15);
    assertEquals(1, adjusted[2]);
    double[] bh = MultipleTesting.benjaminiHochberg(new double[] {0.01, 0.02, 1});
    assertTrue(adjusted[0] < bh[0] && adjusted[1] < bh[1]);
    // at t = 0.5 the rare test adds F/(1 − F) = 0.2/0.8 = 0.25
    double[] later =
        MultipleTesting.discreteStepDown(
            new double[] {0.5, 0.6, 1},
            java.util.List.of(DiscreteNull.UNIFORM, DiscreteNull.UNIFORM, rare));
    assertEquals(Math.min(1, 0.5 / 0.5 * 2 + 0.25), later[0], 1e-15);
  }

  @Test
  void aContinuousTestCountsFromItsFloorOn() {
    // the third test can give no p below 0.3: at t = 0.01 and 0.02 it adds nothing, so the first
    // two are corrected as two tests; at t = 0.5 it adds 0.5/0.5 = 1
    double[] p = {0.01, 0.02, 0.5};
    java.util.List<DiscreteNull> continuous =
        java.util.Collections.nCopies(3, DiscreteNull.UNIFORM);
    double[] adjusted = MultipleTesting.discreteStepDown(p, continuous, new double[] {0, 0, 0.3});
    assertEquals(2 * 0.01 / 0.99, adjusted[0], 1e-15);
    assertEquals(2 * 0.02 / 0.98 / 2, adjusted[1], 1e-15);
    assertEquals(Math.min(1, 3 * 0.5 / 0.5 / 3), adjusted[2], 1e-15);
    // floors of 0 are the procedure without them
    assertArrayEquals(
        MultipleTesting.discreteStepDown(p, continuous),
        MultipleTesting.discreteStepDown(p, continuous, new double[3]),
        0);
    // a floor above its own p is no bound
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> MultipleTesting.discreteStepDown(p, continuous, new double[] {0.02, 0, 0}));
    // a floor at a test's own p counts it there
    assertEquals(
        3 * 0.01 / 0.99,
        MultipleTesting.discreteStepDown(p, continuous, new double[] {0.01, 0.01, 0.01})[0],
        1e-15);
  }

  @Test
  void anAdjustedPIsNeverBelowItsRawP() {
    // a conservative p of 0.02 (the larger of two tests) whose null reaches only 0.01 below it,
    // and a test that cannot reach small p: y₁ = F(0.02)/(1 − F(0.02)) = 0.01/0.99 < 0.02
    DiscreteNull coarse = new DiscreteNull(new double[] {0.01, 1}, new double[] {0.01, 1});
    DiscreteNull rare = new DiscreteNull(new double[] {0.5, 1}, new double[] {0.5, 1});
    double[] adjusted =
        MultipleTesting.discreteStepDown(new double[] {0.02, 1}, java.util.List.of(coarse, rare));
    assertEquals(0.02, adjusted[0], 1e-15);
    assertEquals(1, adjusted[1]);
  }
}
