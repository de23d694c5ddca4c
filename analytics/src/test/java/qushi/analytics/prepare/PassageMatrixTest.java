package qushi.analytics.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PassageMatrixTest {
  @Test
  void builderSortsMergesAndDropsZeros() {
    PassageMatrix m =
        PassageMatrix.builder(4)
            .add(10, new int[] {3, 1, 3, 0}, new int[] {2, 1, 1, 0})
            .add(0, new int[0], new int[0])
            .build();
    assertEquals(2, m.passages());
    assertEquals(3, m.count(0, 3));
    assertEquals(1, m.count(0, 1));
    assertEquals(0, m.count(0, 0));
    assertEquals(0, m.count(1, 2));
    assertEquals("PassageMatrix[passages=2, terms=4, nonZero=2, tokens=10]", m.toString());
  }

  @Test
  void denseAndSubsetAgree() {
    PassageMatrix m =
        PassageMatrix.ofDense(new int[][] {{1, 0}, {0, 2}, {3, 3}}, new int[] {5, 6, 7});
    PassageMatrix s = m.subset(new int[] {2, 0, 2});
    assertEquals(3, s.passages());
    assertEquals(3, s.count(0, 1));
    assertEquals(1, s.count(1, 0));
    assertEquals(7, s.tokens(2));
  }

  @Test
  void badEntriesAreRejected() {
    PassageMatrix.Builder b = PassageMatrix.builder(2);
    assertThrows(IllegalArgumentException.class, () -> b.add(5, new int[] {2}, new int[] {1}));
    assertThrows(IllegalArgumentException.class, () -> b.add(5, new int[] {0}, new int[] {-1}));
    assertThrows(
        IllegalArgumentException.class, () -> b.add(5, new int[] {0, 0}, new int[] {3, 3}));
    assertThrows(IllegalArgumentException.class, () -> b.add(-1, new int[0], new int[0]));
    assertThrows(
        IllegalArgumentException.class,
        () -> PassageMatrix.ofDense(new int[][] {{1}, {1, 2}}, new int[] {5, 5}));
  }
}
