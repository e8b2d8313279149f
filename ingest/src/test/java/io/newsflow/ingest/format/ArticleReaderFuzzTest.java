package io.newsflow.ingest.format;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Coverage-guided fuzzing of every parser behind {@link ArticleReader} with Jazzer, run only with
 * {@code JAZZER_FUZZ=1} (see docs/FUZZING.md): it fuzzes, for {@code maxDuration}, from the saved
 * inputs under {@code
 * src/test/resources/io/newsflow/ingest/format/ArticleReaderFuzzTestInputs/readAnything/}, each a
 * named regression (a crash or hang once found). A plain {@code mvn verify} replays those inputs in
 * {@link ReaderFuzzTest} without Jazzer's agent, whose start alone costs ~20 s.
 */
@EnabledIfEnvironmentVariable(
    named = "JAZZER_FUZZ",
    matches = ".+",
    disabledReason = "fuzzes only with JAZZER_FUZZ=1; the seeded test replays the saved inputs")
class ArticleReaderFuzzTest {
  private final ReaderInvariants invariants = new ReaderInvariants();

  @FuzzTest(maxDuration = "5m")
  void readAnything(byte[] input) {
    invariants.check(input, "fuzzed input");
  }
}
