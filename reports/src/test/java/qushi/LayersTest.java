package qushi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of qushi, as rules: values at the bottom, the front door at the top, no package cycle,
 * {@code internal} used only inside analytics, and a command line that only parses, asks the front
 * door and prints.
 */
class LayersTest {
  static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("qushi");
  }

  @Test
  void layersOnlyLookDown() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("core")
        .definedBy("qushi.analytics.core..")
        .layer("internal")
        .definedBy("qushi.analytics.internal..")
        .layer("stats")
        .definedBy("qushi.analytics.stats..")
        .layer("corpus")
        .definedBy("qushi.analytics.corpus..")
        .layer("text")
        .definedBy("qushi.analytics.text..")
        .layer("prepare")
        .definedBy("qushi.analytics.prepare..")
        .layer("analyses")
        .definedBy(
            "qushi.analytics.keywords..",
            "qushi.analytics.compare..",
            "qushi.analytics.context..",
            "qushi.analytics.topics..",
            "qushi.analytics.maps..")
        .layer("front door")
        .definedBy("qushi")
        .layer("reports")
        .definedBy("qushi.reports")
        .layer("cli")
        .definedBy("qushi.reports.cli..")
        .whereLayer("cli")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("reports")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("front door")
        .mayOnlyBeAccessedByLayers("reports", "cli")
        .whereLayer("analyses")
        .mayOnlyBeAccessedByLayers("front door", "reports", "cli")
        .whereLayer("prepare")
        .mayOnlyBeAccessedByLayers("analyses", "front door", "reports", "cli")
        .whereLayer("text")
        .mayOnlyBeAccessedByLayers("prepare", "analyses", "front door", "reports", "cli")
        .whereLayer("corpus")
        .mayOnlyBeAccessedByLayers("text", "prepare", "analyses", "front door", "reports")
        .whereLayer("stats")
        .mayOnlyBeAccessedByLayers("text", "analyses", "front door", "reports")
        .whereLayer("internal")
        .mayOnlyBeAccessedByLayers("corpus", "text", "prepare", "analyses", "front door")
        .check(classes);
  }

  @Test
  void noPackageCycles() {
    slices().matching("qushi.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void analysesDoNotUseEachOther() {
    slices()
        .matching("qushi.analytics.(keywords|compare|context|topics|maps)..")
        .should()
        .notDependOnEachOther()
        .check(classes);
  }

  @Test
  void analyticsKnowsNothingOfPresentation() {
    noClasses()
        .that()
        .resideInAPackage("qushi.analytics..")
        .or()
        .resideInAPackage("qushi")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("qushi.reports..", "picocli..", "io.pebbletemplates..")
        .check(classes);
  }

  /**
   * The command line computes nothing itself: it creates no analytics object and calls no static
   * method of analytics code except option and result values (records, enums) and the ground floor;
   * everything it prints comes from the front door, whose results it may read. It never touches
   * analytics' internals.
   */
  @Test
  void commandLineOnlyParsesAsksAndPrints() {
    DescribedPredicate<JavaAccess<?>> computing =
        new DescribedPredicate<>("computes in analytics") {
          @Override
          public boolean test(JavaAccess<?> access) {
            JavaClass owner = access.getTargetOwner();
            String pkg = owner.getPackageName();
            boolean analytics =
                pkg.startsWith("qushi.analytics") && !pkg.equals("qushi.analytics.core");
            boolean value = owner.isRecord() || owner.isEnum() || owner.isInterface();
            boolean creates =
                access instanceof com.tngtech.archunit.core.domain.JavaConstructorCall
                    || access
                        .getTarget()
                        .resolveMember()
                        .map(
                            m ->
                                m.getModifiers()
                                    .contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC))
                        .orElse(false);
            return analytics && !value && creates;
          }
        };
    ArchCondition<JavaClass> notCompute =
        new ArchCondition<>("call only the front door") {
          @Override
          public void check(JavaClass c, ConditionEvents events) {
            for (JavaAccess<?> a : c.getAccessesFromSelf()) {
              if (computing.test(a))
                events.add(SimpleConditionEvent.violated(c, a.getDescription()));
            }
          }
        };
    noClasses()
        .that()
        .resideInAPackage("qushi.reports.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("qushi.analytics.internal..")
        .check(classes);
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
        .that()
        .resideInAPackage("qushi.reports.cli..")
        .should(notCompute)
        .check(classes);
  }
}
