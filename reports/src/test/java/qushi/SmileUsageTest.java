package qushi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Smile is used without its native BLAS/LAPACK jars, so every Smile member qushi calls must run in
 * pure Java. {@code qushi.analytics.maps.MapsSmileTest} calls each of them; this test keeps that
 * list complete: a new call into Smile fails here until it is added there (and tested).
 */
class SmileUsageTest {
  static final Set<String> TESTED =
      Set.of(
          "smile.clustering.linkage.WardLinkage.<init>([[D)",
          "smile.clustering.HierarchicalClustering.fit(smile.clustering.linkage.Linkage)",
          "smile.clustering.HierarchicalClustering.tree()",
          "smile.clustering.HierarchicalClustering.height()",
          "smile.clustering.HierarchicalClustering.partition(int)");

  @Test
  void everySmileMemberUsedIsTestedWithoutNatives() {
    Set<String> used = new TreeSet<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("qushi")) {
      for (JavaAccess<?> a : c.getAccessesFromSelf()) {
        if (a.getTargetOwner().getPackageName().startsWith("smile")) {
          used.add(a.getTarget().getFullName());
        }
      }
    }
    assertEquals(new TreeSet<>(TESTED), used);
  }
}
