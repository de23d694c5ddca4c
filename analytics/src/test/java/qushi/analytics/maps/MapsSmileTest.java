package qushi.analytics.maps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import smile.clustering.HierarchicalClustering;
import smile.clustering.linkage.WardLinkage;

/**
 * Calls every Smile class and method qushi uses, on the class path qushi ships: Smile's native
 * BLAS/LAPACK bindings (JavaCPP, OpenBLAS, ARPACK) are excluded from the build, so a Smile routine
 * that needed them would fail here rather than on a user's machine. {@code SmileUsageTest} in the
 * reports module checks that this list is complete.
 */
class MapsSmileTest {
  @Test
  void nativeLibrariesAreAbsent() {
    for (String c :
        new String[] {
          "org.bytedeco.javacpp.Loader",
          "org.bytedeco.openblas.global.openblas",
          "org.bytedeco.arpackng.global.arpack",
          "org.duckdb.DuckDBDriver"
        }) {
      assertThrows(ClassNotFoundException.class, () -> Class.forName(c), c);
    }
  }

  /**
   * Three points on a line at 0, 1 and 4: Ward joins 0 and 1 at 1, then {0, 1} and 4 at
   * √(2·2/3·3.5²).
   */
  @Test
  void everySmileEntryPointRunsInPureJava() {
    double[][] d = {{0, 1, 4}, {1, 0, 3}, {4, 3, 0}};
    HierarchicalClustering tree = HierarchicalClustering.fit(new WardLinkage(d));
    assertArrayEquals(new int[] {0, 1}, tree.tree()[0]);
    assertArrayEquals(new int[] {2, 3}, tree.tree()[1]);
    assertEquals(1, tree.height()[0], 1e-6);
    assertEquals(Math.sqrt(2 * 2.0 / 3 * 3.5 * 3.5), tree.height()[1], 1e-5);
    int[] two = tree.partition(2);
    assertEquals(two[0], two[1]);
    assertTrue(two[0] != two[2]);
    // and through qushi's own entry
    Dendrogram t =
        TermClustering.ward(
            new String[] {"x", "y", "z"}, new int[] {3, 2, 1}, d, new DendrogramOptions(3, 2));
    assertEquals(Math.sqrt(2 * 2.0 / 3 * 3.5 * 3.5), t.merges().get(1).height(), 1e-5);
  }
}
