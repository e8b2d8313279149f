package io.newsflow.enrich.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrendsRequestTest {
  @Test
  void readsEveryParameterAndDefaultsTheRest() {
    TrendsRequest request =
        TrendsRequest.parse("window=1h&top=5&at=2026-12-03T09%3A30%3A00Z&partitions=2,0");

    assertThat(request.window()).isEqualTo(TrendWindow.ONE_HOUR);
    assertThat(request.top()).isEqualTo(5);
    assertThat(request.at()).contains(Instant.parse("2026-12-03T09:30:00Z"));
    assertThat(request.partitions()).contains(Set.of(0, 2));
    assertThat(TrendsRequest.parse(null))
        .isEqualTo(
            new TrendsRequest(TrendWindow.FIVE_MINUTES, 20, Optional.empty(), Optional.empty()));
  }

  @Test
  void aWrongValueIsRefusedNamingItsParameter() {
    assertThatThrownBy(() -> TrendsRequest.parse("window=10m")).hasMessageStartingWith("window:");
    assertThatThrownBy(() -> TrendsRequest.parse("top=0")).hasMessageStartingWith("top:");
    assertThatThrownBy(() -> TrendsRequest.parse("top=1001")).hasMessageStartingWith("top:");
    assertThatThrownBy(() -> TrendsRequest.parse("top=many")).hasMessageStartingWith("top:");
    assertThatThrownBy(() -> TrendsRequest.parse("at=yesterday")).hasMessageStartingWith("at:");
    assertThatThrownBy(() -> TrendsRequest.parse("partitions=a"))
        .hasMessageStartingWith("partitions:");
    assertThatThrownBy(() -> TrendsRequest.parse("size=5")).hasMessageContaining("'size'");
  }

  @Test
  void asksAnotherInstanceForTheSameWindowAndItsPartitions() {
    TrendsRequest request = TrendsRequest.parse("window=1h&top=3");

    String query = request.forPartitions(Instant.parse("2026-12-03T09:30:00Z"), Set.of(3, 1));

    assertThat(TrendsRequest.parse(query))
        .isEqualTo(
            new TrendsRequest(
                TrendWindow.ONE_HOUR,
                3,
                Optional.of(Instant.parse("2026-12-03T09:30:00Z")),
                Optional.of(Set.of(1, 3))));
  }
}
