package io.newsflow.common.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Where every setting comes from, strongest first: command-line flags, the environment ({@code
 * newsflow.max.article.bytes} is {@code NEWSFLOW_MAX_ARTICLE_BYTES}), the properties file given
 * with {@code --config}. Keys of that file that do not start with {@code newsflow.} are Kafka
 * client properties and pass through to every client unchanged.
 */
public final class Config {
  public static final String PREFIX = "newsflow.";

  private final Map<String, String> flags;
  private final Map<String, String> environment;
  private final Map<String, String> file;

  public Config(
      Map<String, String> flags, Map<String, String> environment, Map<String, String> file) {
    this.flags = Map.copyOf(flags);
    this.environment = Map.copyOf(environment);
    this.file = Map.copyOf(file);
  }

  /** Settings from flags, the process environment and an optional properties file. */
  public static Config load(Map<String, String> flags, Path propertiesFile) {
    return new Config(flags, System.getenv(), readProperties(propertiesFile));
  }

  public static Config empty() {
    return new Config(Map.of(), Map.of(), Map.of());
  }

  public static Map<String, String> readProperties(Path file) {
    if (file == null) {
      return Map.of();
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new ConfigException(
          "cannot read the configuration file " + file + ": " + e.getMessage());
    }
    Map<String, String> map = new TreeMap<>();
    properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name)));
    return map;
  }

  /** The environment variable that sets {@code key}. */
  public static String environmentName(String key) {
    return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  public Optional<String> get(String key) {
    String value = flags.get(key);
    if (value == null) {
      value = environment.get(environmentName(key));
    }
    if (value == null) {
      value = file.get(key);
    }
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }

  public String get(String key, String defaultValue) {
    return get(key).orElse(defaultValue);
  }

  public int getInt(String key, int defaultValue) {
    String value = get(key, null);
    if (value == null) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new ConfigException(key + " must be a whole number, not '" + value + "'");
    }
  }

  public double getDouble(String key, double defaultValue) {
    String value = get(key, null);
    if (value == null) {
      return defaultValue;
    }
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new ConfigException(key + " must be a number, not '" + value + "'");
    }
  }

  public Duration getDuration(String key, Duration defaultValue) {
    String value = get(key, null);
    return value == null ? defaultValue : Durations.parse(key, value);
  }

  /** As {@link #getDuration}, refusing zero and negative durations with a clear error. */
  public Duration getPositiveDuration(String key, Duration defaultValue) {
    Duration duration = getDuration(key, defaultValue);
    if (duration.isNegative() || duration.isZero()) {
      throw new ConfigException(key + " must be above 0, not " + get(key, duration.toString()));
    }
    return duration;
  }

  /** The Kafka client properties of the file: every key not in newsflow's own namespace. */
  public Map<String, String> kafkaClientProperties() {
    Map<String, String> kafka = new TreeMap<>();
    file.forEach(
        (key, value) -> {
          if (!key.startsWith(PREFIX)) {
            kafka.put(key, value);
          }
        });
    return kafka;
  }

  /** A copy with more flags, which win over those already set. */
  public Config withFlags(Map<String, String> more) {
    Map<String, String> merged = new TreeMap<>(flags);
    merged.putAll(more);
    return new Config(merged, environment, file);
  }
}
