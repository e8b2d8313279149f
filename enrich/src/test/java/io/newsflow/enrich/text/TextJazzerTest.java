package io.newsflow.enrich.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Coverage-guided fuzzing of the tokenizer and the sentence splitter with Jazzer, run only with
 * {@code JAZZER_FUZZ=1} (see docs/FUZZING.md): any string must keep the {@link TextInvariants}. It
 * starts from the saved inputs under {@code
 * src/test/resources/io/newsflow/enrich/text/TextJazzerTestInputs/anyText/}, which a plain {@code
 * mvn verify} replays in {@link TextFuzzTest}.
 */
@EnabledIfEnvironmentVariable(
    named = "JAZZER_FUZZ",
    matches = ".+",
    disabledReason = "fuzzes only with JAZZER_FUZZ=1; the seeded test replays the saved inputs")
class TextJazzerTest {
  @FuzzTest(maxDuration = "5m")
  void anyText(String text) {
    if (text == null) { // Jazzer offers null too; the callers never pass it
      return;
    }
    TextInvariants.check(text);
  }
}
