package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.config.Config;
import io.newsflow.common.metrics.PipelineMetrics;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

/** The Kafka Streams settings enrich runs with: its own defaults, and the user's over them. */
class EnrichStreamsSettingsTest {
  private static Properties properties(Map<String, String> file) {
    return EnrichService.properties(
        EnrichSettings.from(new Config(Map.of(), Map.of(), file)),
        new PipelineMetrics(new SimpleMeterRegistry()));
  }

  @Test
  void aTaskNeverIdlesWaitingForOneOfItsInputsUnlessTheUserSaysSo() {
    assertThat(properties(Map.of()).get(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG)).isEqualTo(-1L);
    assertThat(
            properties(Map.of(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, "200"))
                .get(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG))
        .isEqualTo("200");
  }
}
