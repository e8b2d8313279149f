package io.newsflow.common.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.common.config.Config;
import io.newsflow.common.config.ConfigException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsSettingsTest {
  @Test
  void theKafkaBinderLooksOnceAMinuteUnlessTheFileSaysOtherwise() {
    assertThat(MetricsSettings.from(Config.empty(), 9402).kafkaRefresh())
        .isEqualTo(Duration.ofMinutes(1));
    Config fast = new Config(Map.of(), Map.of(), Map.of(MetricsSettings.KAFKA_REFRESH, "2s"));
    assertThat(MetricsSettings.from(fast, 9402).kafkaRefresh()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void aRefreshOfZeroIsRefusedWithTheKey() {
    Config never = new Config(Map.of(), Map.of(), Map.of(MetricsSettings.KAFKA_REFRESH, "0s"));
    assertThatThrownBy(() -> MetricsSettings.from(never, 9402))
        .isInstanceOf(ConfigException.class)
        .hasMessage("newsflow.metrics.kafka.refresh must be above 0, not 0s");
  }
}
