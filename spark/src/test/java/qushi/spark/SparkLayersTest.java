package qushi.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine sits beside the command line, above the front door (reports/.../LayersTest checks the
 * other layers): it uses analytics' public API and the front door, never analytics' internals or
 * the reports; nothing else in qushi uses it or Spark, so the default runtime needs neither.
 */
class SparkLayersTest {
  static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("qushi");
  }

  @Test
  void nothingElseUsesTheEngineOrSpark() {
    noClasses()
        .that()
        .resideOutsideOfPackage("qushi.spark..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("qushi.spark..", "org.apache.spark..", "scala..")
        .check(classes);
  }

  @Test
  void theEngineUsesThePublicApiOnly() {
    noClasses()
        .that()
        .resideInAPackage("qushi.spark..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("qushi.analytics.internal..", "qushi.reports..")
        .check(classes);
  }
}
