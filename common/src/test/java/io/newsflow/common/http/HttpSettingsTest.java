package io.newsflow.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.common.config.Config;
import io.newsflow.common.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpSettingsTest {
  private static Config environment(Map<String, String> variables) {
    return new Config(Map.of(), variables, Map.of());
  }

  @Test
  void noTokenMeansOpenWithTheServersOwnDefaultConcurrency() {
    HttpSettings settings = HttpSettings.from(Config.empty(), 16);
    assertThat(settings.requiresToken()).isFalse();
    assertThat(settings.maxConcurrent()).isEqualTo(16);
  }

  @Test
  void theTokenComesFromTheEnvironmentOrAFile(@TempDir Path folder) throws Exception {
    BearerToken inline =
        HttpSettings.from(environment(Map.of("NEWSFLOW_HTTP_TOKEN", "abc")), 8).token().get();
    assertThat(inline.matches("abc")).isTrue();
    assertThat(inline.matches("abd")).isFalse();

    Path file = folder.resolve("token");
    Files.writeString(file, "from-a-file\n");
    BearerToken fromFile =
        HttpSettings.from(environment(Map.of("NEWSFLOW_HTTP_TOKEN_FILE", file.toString())), 8)
            .token()
            .get();
    assertThat(fromFile.matches("from-a-file")).isTrue();
    assertThat(fromFile.toString()).doesNotContain("from-a-file");
    assertThat(fromFile.session()).doesNotContain("from-a-file");
  }

  @Test
  void unusableSettingsSayWhatIsWrongWithoutTheSecret(@TempDir Path folder) throws Exception {
    Path empty = Files.writeString(folder.resolve("empty"), "\n");
    assertThatThrownBy(
            () ->
                HttpSettings.from(
                    environment(Map.of("NEWSFLOW_HTTP_TOKEN_FILE", empty.toString())), 8))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("is empty");
    assertThatThrownBy(
            () ->
                HttpSettings.from(
                    environment(
                        Map.of("NEWSFLOW_HTTP_TOKEN_FILE", folder.resolve("none").toString())),
                    8))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("does not exist");
    assertThatThrownBy(
            () ->
                HttpSettings.from(
                    environment(
                        Map.of(
                            "NEWSFLOW_HTTP_TOKEN",
                            "topsecret",
                            "NEWSFLOW_HTTP_TOKEN_FILE",
                            empty.toString())),
                    8))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("not both")
        .message()
        .doesNotContain("topsecret");
    assertThatThrownBy(
            () -> HttpSettings.from(environment(Map.of("NEWSFLOW_HTTP_MAX_CONCURRENT", "0")), 8))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("newsflow.http.max.concurrent");
  }

  @Test
  void jdkServerLimitsFillOnlyWhatIsNotSetAlready() {
    Properties properties = new Properties();
    properties.setProperty("sun.net.httpserver.maxReqTime", "5");
    JdkServerLimits.applyDefaults(properties);
    assertThat(properties.getProperty("sun.net.httpserver.maxReqTime")).isEqualTo("5");
    assertThat(properties.getProperty("jdk.httpserver.maxConnections")).isEqualTo("256");
    assertThat(properties.getProperty("sun.net.httpserver.maxReqHeaders")).isEqualTo("100");
  }
}
