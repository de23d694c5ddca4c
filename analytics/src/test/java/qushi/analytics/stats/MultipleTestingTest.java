package qushi.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
