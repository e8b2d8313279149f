package io.newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private static final Duration CAP = Duration.ofMinutes(30);
  private static final Duration MINUTE = Duration.ofMinutes(1);

  @Test
  void waitsDoubleWithEachFailureBetweenHalfAndAllOfTheirCeiling() {
    Backoff least = new Backoff(CAP, () -> 0.0);
    Backoff most = new Backoff(CAP, () -> 0.999_999);
    assertThat(least.after(1, MINUTE)).isEqualTo(Duration.ofMinutes(1));
    assertThat(most.after(1, MINUTE)).isBetween(Duration.ofSeconds(119), Duration.ofMinutes(2));
    assertThat(least.after(2, MINUTE)).isEqualTo(Duration.ofMinutes(2));
    assertThat(least.after(3, MINUTE)).isEqualTo(Duration.ofMinutes(4));
  }

  @Test
  void neverLongerThanTheCapHoweverManyFailures() {
    Backoff least = new Backoff(CAP, () -> 0.0);
    Backoff most = new Backoff(CAP, () -> 0.999_999);
    assertThat(least.after(1_000, MINUTE)).isEqualTo(Duration.ofMinutes(15));
    assertThat(most.after(1_000, MINUTE)).isBetween(Duration.ofMinutes(29), CAP);
    assertThat(most.after(1, Duration.ofHours(2))).isLessThanOrEqualTo(CAP);
  }
}
