package io.newsflow.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each rule, run on test classes that break it on purpose (the {@code fixture} packages): a rule
 * that cannot fail would pass on the production classes just the same.
 */
class RulesCatchViolationsTest {
  private static JavaClasses offenders;

  @BeforeAll
  static void importOffenders() {
    offenders =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages(
                "io.newsflow.common.fixture",
                "io.newsflow.enrich.fixture",
                "io.newsflow.sink.fixture");
  }

  @Test
  void runTimeCodeUsingTrainingCodeFails() {
    assertViolation(
        ModuleRulesTest.RUN_TIME_NEEDS_NO_TRAINING_CODE, "UsesTraining", "TrainingTool");
  }

  @Test
  void brokerInternalsOutsideEmbeddedBrokerFail() {
    assertViolation(
        ModuleRulesTest.ONLY_THE_EMBEDDED_BROKER_USES_BROKER_INTERNALS,
        "UsesBrokerInternals",
        "kafka.server.KafkaConfig");
  }

  @Test
  void commonUsingAServiceFails() {
    assertViolation(
        ModuleRulesTest.SERVICES_STAND_ALONE_AND_ONLY_APP_WIRES_THEM,
        "UsesAService",
        "io.newsflow.ingest.Ingestor");
  }

  @Test
  void aPackageCycleFails() {
    assertViolation(PackageRulesTest.NO_CYCLES_BETWEEN_PACKAGES, "NeedsA", "NeedsB");
  }

  @Test
  void aMutableStaticFieldFails() {
    assertViolation(CodingRulesTest.STATIC_FIELDS_ARE_FINAL, "MutableStatic.count");
  }

  @Test
  void printingOutsideTheCommandLineFails() {
    assertViolation(
        CodingRulesTest.ONLY_THE_COMMAND_LINE_WRITES_TO_STANDARD_STREAMS, "PrintsToStandardOut");
  }

  private static void assertViolation(ArchRule rule, String... named) {
    assertThatThrownBy(() -> rule.check(offenders))
        .isInstanceOf(AssertionError.class)
        .hasMessageContainingAll(named);
  }
}
