package io.newsflow.ingest.format;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzzing of every parser behind {@link ArticleReader} with Jazzer. In a plain
 * {@code mvn verify} it runs only the saved inputs under
 * {@code src/test/resources/io/newsflow/ingest/format/ArticleReaderFuzzTestInputs/readAnything/}
 * (each a named regression: a crash once found, or a seed per format); with {@code JAZZER_FUZZ=1}
 * it fuzzes, for {@code maxDuration}, from them. See docs/FUZZING.md.
 */
class ArticleReaderFuzzTest {
  private static ReaderInvariants invariants;

  @BeforeAll
  static void start() {
    invariants = new ReaderInvariants();
  }

  @AfterAll
  static void stop() {
    invariants.close();
  }

  @FuzzTest(maxDuration = "5m")
  void readAnything(byte[] input) {
    invariants.check(input, "fuzzed input");
  }
}
