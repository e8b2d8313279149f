package io.newsflow.sink.events;

import io.newsflow.common.config.Config;
import io.newsflow.common.config.ConfigException;
import java.time.Duration;

/**
 * The sink's {@code /subscribe} stream. Keys: {@code newsflow.sink.events.max.clients} (streams
 * open at once), {@code newsflow.sink.events.queue} (events waiting for one client before it counts
 * as too slow and is cut off), {@code newsflow.sink.events.resume.ids} (how many of the latest
 * articles a client can resume after) and {@code newsflow.sink.events.heartbeat}.
 */
public record EventSettings(int maxClients, int queue, int resumeIds, Duration heartbeat) {
  public static final String MAX_CLIENTS = "newsflow.sink.events.max.clients";
  public static final String QUEUE = "newsflow.sink.events.queue";
  public static final String RESUME_IDS = "newsflow.sink.events.resume.ids";
  public static final String HEARTBEAT = "newsflow.sink.events.heartbeat";

  public EventSettings {
    atLeastOne(MAX_CLIENTS, maxClients);
    atLeastOne(QUEUE, queue);
    atLeastOne(RESUME_IDS, resumeIds);
    if (heartbeat.isNegative() || heartbeat.isZero()) {
      throw new ConfigException(HEARTBEAT + " must be positive, not " + heartbeat);
    }
  }

  public static EventSettings from(Config config) {
    return new EventSettings(
        config.getInt(MAX_CLIENTS, 16),
        config.getInt(QUEUE, 1_000),
        config.getInt(RESUME_IDS, 20_000),
        config.getDuration(HEARTBEAT, Duration.ofSeconds(15)));
  }

  private static void atLeastOne(String key, int value) {
    if (value < 1) {
      throw new ConfigException(key + " must be at least 1, not " + value);
    }
  }
}
