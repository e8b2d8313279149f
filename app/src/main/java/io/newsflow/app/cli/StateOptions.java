package io.newsflow.app.cli;

import io.newsflow.app.state.StateDirectory;
import io.newsflow.common.config.Config;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Where a Kafka Streams service keeps its local state: {@code --state-dir}, else the service's
 * {@code newsflow.SERVICE.state.dir} setting, else a folder of its own under {@code
 * $NEWSFLOW_STATE_DIR} (default {@code ~/.newsflow/state}), so that instances started side by side
 * need no setup.
 */
final class StateOptions {
  @Option(
      names = "--state-dir",
      paramLabel = "DIR",
      description =
          "where Kafka Streams keeps local state; one process at a time (default: the"
              + " first free ~/.newsflow/state/SERVICE/instance-N, under $NEWSFLOW_STATE_DIR when set,"
              + " so several instances run side by side)")
  private Path stateDir;

  /** The flag as a setting, for {@link KafkaOptions#config(Map)}. */
  Map<String, String> flags(String settingKey) {
    return stateDir == null ? Map.of() : Map.of(settingKey, stateDir.toString());
  }

  /**
   * Takes the state directory for {@code service}, whose setting is {@code settingKey}, and returns
   * it held: the caller closes it when the service has stopped.
   */
  static StateDirectory claim(Config config, String service, String settingKey) {
    Optional<Path> explicit = config.get(settingKey).map(Path::of);
    return StateDirectory.claim(explicit, StateDirectory.serviceRoot(config, service));
  }
}
