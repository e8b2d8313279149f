package io.newsflow.common.kafka;

import io.newsflow.common.config.Config;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.CommonClientConfigs;

/**
 * What every service needs to reach Kafka: the bootstrap servers, the client properties passed
 * through from the configuration file (security, SASL, TLS, tuning) and the topic names.
 */
public record KafkaSettings(
    String bootstrapServers, Map<String, String> clientProperties, Topics topics) {
  public static final String BOOTSTRAP_SERVERS = "newsflow.bootstrap.servers";
  public static final String DEFAULT_BOOTSTRAP_SERVERS = "127.0.0.1:9092";
  public static final String MAX_RECORD_BYTES = "newsflow.max.record.bytes";

  public KafkaSettings {
    clientProperties = Map.copyOf(clientProperties);
  }

  public static KafkaSettings from(Config config) {
    Map<String, String> topicNames = new TreeMap<>();
    Topics.DEFAULT_NAMES
        .keySet()
        .forEach(
            key -> config.get(Config.PREFIX + key).ifPresent(name -> topicNames.put(key, name)));
    return new KafkaSettings(
        config.get(BOOTSTRAP_SERVERS, DEFAULT_BOOTSTRAP_SERVERS),
        config.kafkaClientProperties(),
        Topics.named(topicNames, config.getInt(MAX_RECORD_BYTES, Topics.MAX_RECORD_BYTES)));
  }

  public static KafkaSettings local(String bootstrapServers) {
    return new KafkaSettings(bootstrapServers, Map.of(), Topics.defaults());
  }

  /**
   * Properties for one client: the service's {@code defaults}, then the user's pass-through
   * properties (which win: they are the user's deliberate tuning), then the bootstrap servers.
   */
  public Properties properties(Map<String, ?> defaults) {
    Properties properties = new Properties();
    properties.putAll(defaults);
    properties.putAll(clientProperties);
    properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    return properties;
  }

  /** Names the client properties without their values, which may be passwords. */
  @Override
  public String toString() {
    return "KafkaSettings[bootstrapServers="
        + bootstrapServers
        + ", clientProperties="
        + new java.util.TreeSet<>(clientProperties.keySet())
        + ", topics="
        + topics
        + "]";
  }
}
