package io.newsflow.app.cli;

import io.newsflow.common.config.Config;
import io.newsflow.common.config.ConfigException;
import io.newsflow.common.kafka.KafkaSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options of every command that talks to Kafka, spelled as Kafka's own tools spell them.
 *
 * <p>Where the cluster is, strongest first: {@code --bootstrap-servers}, the environment variable
 * {@code NEWSFLOW_BOOTSTRAP_SERVERS}, {@code newsflow.bootstrap.servers} or else {@code
 * bootstrap.servers} in the {@code --config} file, {@code 127.0.0.1:9092}.
 */
public final class KafkaOptions {
  private static final String CLIENT_BOOTSTRAP_SERVERS = "bootstrap.servers";

  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  @Option(
      names = {"--bootstrap-servers", "--bootstrap-server"},
      paramLabel = "HOST:PORT[,...]",
      description =
          "the Kafka cluster (default: $NEWSFLOW_BOOTSTRAP_SERVERS, else "
              + KafkaSettings.DEFAULT_BOOTSTRAP_SERVERS
              + ")")
  private String bootstrapServers;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      converter = Converters.ReadableFile.class,
      description =
          "Kafka client properties passed through unchanged (security, SASL, TLS, tuning);"
              + " newsflow.* keys set newsflow's own settings, e.g. newsflow.topic.raw")
  private Path configFile;

  /** The bootstrap servers given on the command line, if any. */
  public Optional<String> explicitBootstrapServers() {
    return Optional.ofNullable(bootstrapServers).map(String::strip).filter(s -> !s.isEmpty());
  }

  public Optional<Path> configFile() {
    return Optional.ofNullable(configFile);
  }

  /** All settings: flags, the environment, the {@code --config} file. */
  public Config config() {
    return config(Map.of());
  }

  /** All settings, with a command's own flags (keys such as {@code newsflow.metrics.port}). */
  public Config config(Map<String, String> commandFlags) {
    if (configFile != null && !Files.isRegularFile(configFile)) {
      throw new ConfigException(
          "the configuration file "
              + configFile
              + " does not exist or is not a file; check --config");
    }
    Map<String, String> environment = environment();
    Map<String, String> file = Config.readProperties(configFile);
    Map<String, String> flags = new TreeMap<>(commandFlags);
    Optional<String> explicit = explicitBootstrapServers();
    if (explicit.isPresent()) {
      flags.put(KafkaSettings.BOOTSTRAP_SERVERS, explicit.get());
    } else if (isBlank(environment.get(Config.environmentName(KafkaSettings.BOOTSTRAP_SERVERS)))
        && isBlank(file.get(KafkaSettings.BOOTSTRAP_SERVERS))
        && !isBlank(file.get(CLIENT_BOOTSTRAP_SERVERS))) {
      // a plain Kafka client properties file names its cluster this way
      flags.put(KafkaSettings.BOOTSTRAP_SERVERS, file.get(CLIENT_BOOTSTRAP_SERVERS));
    }
    return new Config(flags, environment, file);
  }

  public KafkaSettings settings() {
    return KafkaSettings.from(config());
  }

  /** The environment the command line was run in (a test may give its own). */
  Map<String, String> environment() {
    Object root = command.root().userObject();
    return root instanceof Newsflow newsflow ? newsflow.environment() : System.getenv();
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
