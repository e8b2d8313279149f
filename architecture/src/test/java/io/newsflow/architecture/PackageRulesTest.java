package io.newsflow.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.newsflow", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {
  /**
   * Every package is a slice of its own (not every module): a package is the unit the code is
   * organised by (package by feature), and two features that need each other are one feature.
   */
  @ArchTest
  static final ArchRule NO_CYCLES_BETWEEN_PACKAGES =
      slices().matching("io.newsflow.(**)").should().beFreeOfCycles();
}
