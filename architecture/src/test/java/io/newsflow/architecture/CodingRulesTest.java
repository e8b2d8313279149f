package io.newsflow.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.newsflow", importOptions = ImportOption.DoNotIncludeTests.class)
class CodingRulesTest {
  /**
   * The offline programs that print their results: the training module, and the scorer of sentence
   * files that the `sentiment` command shares with it.
   */
  static final DescribedPredicate<JavaClass> OFFLINE_TOOLS =
      resideInAnyPackage("io.newsflow.train..")
          .or(nameMatching("io\\.newsflow\\.enrich\\.sentiment\\.ScoreLines(\\$.*)?"))
          .as("offline tools");

  /** A static field that can change is state shared by every instance and every test. */
  @ArchTest
  static final ArchRule STATIC_FIELDS_ARE_FINAL =
      fields()
          .that()
          .areStatic()
          .should()
          .beFinal()
          .because("mutable statics are hidden shared state (the style guide: none in main code)");

  /**
   * Services log through SLF4J, quiet by default; only the command line (its output is its
   * contract) and the offline tools write to the standard streams.
   */
  @ArchTest
  static final ArchRule ONLY_THE_COMMAND_LINE_WRITES_TO_STANDARD_STREAMS =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.newsflow.app.cli..")
          .and(not(OFFLINE_TOOLS))
          .should(ACCESS_STANDARD_STREAMS)
          .because("a service's output is its topics, metrics and logs");
}
