package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.common.config.Config;
import io.newsflow.common.config.ConfigException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The near-duplicate threshold as configured: the shipped default, a chosen one, a wrong one. */
class NearDuplicateSettingsTest {
  private static EnrichSettings with(Map<String, String> flags) {
    return EnrichSettings.from(new Config(flags, Map.of(), Map.of()));
  }

  @Test
  void theThresholdIsTheOneChosenOnTheDevelopmentPairsUnlessSet() {
    assertThat(with(Map.of()).nearDuplicates().threshold()).isEqualTo(0.4);
    assertThat(
            with(Map.of(EnrichSettings.NEAR_DUPLICATE_THRESHOLD, "0.6"))
                .nearDuplicates()
                .threshold())
        .isEqualTo(0.6);
  }

  @Test
  void aThresholdOutsideZeroToOneIsRefusedNamingTheKey() {
    assertThatThrownBy(() -> with(Map.of(EnrichSettings.NEAR_DUPLICATE_THRESHOLD, "1.5")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(EnrichSettings.NEAR_DUPLICATE_THRESHOLD);
    assertThatThrownBy(() -> with(Map.of(EnrichSettings.NEAR_DUPLICATE_THRESHOLD, "0")))
        .isInstanceOf(ConfigException.class);
  }
}
