package io.newsflow.common.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProcessingResultTest {
  private static final byte[] BYTES = "{\"id\":".getBytes(StandardCharsets.UTF_8);

  @Test
  void aSuccessHoldsItsValueAndIsNoFailure() {
    ProcessingResult<String> result = ProcessingResult.success("enriched");

    assertThat(result)
        .isInstanceOf(ProcessingResult.Success.class)
        .isNotInstanceOf(ProcessingResult.Failure.class);
    assertThat(((ProcessingResult.Success<String>) result).value()).isEqualTo("enriched");
  }

  @Test
  void aFailureHoldsTheOriginalBytesTheStageAndTheReason() {
    ProcessingResult<String> result =
        ProcessingResult.failure(BYTES, "parse", "not an article in JSON: EOF");

    assertThat(result)
        .isInstanceOf(ProcessingResult.Failure.class)
        .isNotInstanceOf(ProcessingResult.Success.class);
    ProcessingResult.Failure<String> failure = (ProcessingResult.Failure<String>) result;
    assertThat(failure.original()).isEqualTo(BYTES);
    assertThat(failure.stage()).isEqualTo("parse");
    assertThat(failure.reason()).isEqualTo("not an article in JSON: EOF");
  }

  @Test
  void aFailureNeedsAStageAndAReasonButNotBytes() {
    assertThatThrownBy(() -> ProcessingResult.failure(BYTES, null, "why"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ProcessingResult.failure(BYTES, "parse", null))
        .isInstanceOf(NullPointerException.class);
    // a record without a value is dead-lettered as it came: without bytes
    assertThat(ProcessingResult.failure(null, "parse", "empty record"))
        .isInstanceOf(ProcessingResult.Failure.class);
  }

  @Test
  void failuresOfEqualBytesAreEqual() {
    ProcessingResult<String> one = ProcessingResult.failure(BYTES.clone(), "parse", "bad");
    ProcessingResult<String> same = ProcessingResult.failure(BYTES.clone(), "parse", "bad");

    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(one)
        .isNotEqualTo(
            ProcessingResult.failure("other".getBytes(StandardCharsets.UTF_8), "parse", "bad"));
    assertThat(one).isNotEqualTo(ProcessingResult.failure(BYTES, "validate", "bad"));
    assertThat(one.toString()).contains("parse", "bad", BYTES.length + " bytes");
  }
}
