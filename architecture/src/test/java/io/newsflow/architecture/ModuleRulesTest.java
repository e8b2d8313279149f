package io.newsflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.newsflow.app.broker.EmbeddedBroker;
import java.util.Arrays;

/**
 * Which module may use which (docs/ARCHITECTURE.md, "Modules"), checked on the production classes
 * of every run-time module. The rules name packages, not jars, so a dependency added to a pom is
 * caught as soon as a class uses it.
 */
@AnalyzeClasses(packages = "io.newsflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {
  /** Without this, a module missing from this module's pom would pass every rule unchecked. */
  @ArchTest
  static void everyRunTimeModuleIsImported(JavaClasses classes) {
    for (String module : Arrays.asList("common", "ingest", "enrich", "sink", "app")) {
      assertThat(classes.stream().map(JavaClass::getPackageName))
          .as("production classes of %s", module)
          .anyMatch(name -> name.startsWith("io.newsflow." + module + "."));
    }
  }

  /**
   * Checked on the using side, so it holds (trivially) while no {@code train} module exists and
   * bites as soon as one does: its classes need not even be on this module's class path.
   */
  @ArchTest
  static final ArchRule RUN_TIME_NEEDS_NO_TRAINING_CODE =
      noClasses()
          .that()
          .resideInAnyPackage(
              "io.newsflow.common..",
              "io.newsflow.ingest..",
              "io.newsflow.enrich..",
              "io.newsflow.sink..",
              "io.newsflow.app..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.newsflow.train..")
          .because("the training tools build the models at build time and do not ship");

  /** {@code org.apache.kafka..} (clients, Streams, admin) is public API; {@code kafka..} is not. */
  @ArchTest
  static final ArchRule ONLY_THE_EMBEDDED_BROKER_USES_BROKER_INTERNALS =
      noClasses()
          .that()
          .doNotBelongToAnyOf(EmbeddedBroker.class)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("kafka..", "scala..")
          .because(
              "the broker's Scala-side classes are not a public API and change between Kafka"
                  + " releases, so one class alone adapts to them");

  @ArchTest
  static final ArchRule SERVICES_STAND_ALONE_AND_ONLY_APP_WIRES_THEM =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("common")
          .definedBy("io.newsflow.common..")
          .layer("ingest")
          .definedBy("io.newsflow.ingest..")
          .layer("enrich")
          .definedBy("io.newsflow.enrich..")
          .layer("sink")
          .definedBy("io.newsflow.sink..")
          .layer("app")
          .definedBy("io.newsflow.app..")
          .whereLayer("common")
          .mayNotAccessAnyLayer()
          .whereLayer("ingest")
          .mayOnlyAccessLayers("common")
          .whereLayer("enrich")
          .mayOnlyAccessLayers("common")
          .whereLayer("sink")
          .mayOnlyAccessLayers("common")
          .because(
              "each service is deployed alone (docker/Dockerfile builds one image per service)"
                  + " and common is what they share");
}
