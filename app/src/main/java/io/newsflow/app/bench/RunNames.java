package io.newsflow.app.bench;

import io.newsflow.app.kafka.KafkaProbe;
import io.newsflow.common.config.Config;
import io.newsflow.common.kafka.KafkaSettings;
import io.newsflow.common.kafka.Topics;
import io.newsflow.enrich.EnrichSettings;
import io.newsflow.sink.SinkSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The names of one run's topics, applications and articles, all starting with the run's own prefix:
 * a bench on a live cluster touches none of the pipeline's topics, a second run none of the first's
 * articles, and what the run made can be found and deleted afterwards.
 */
record RunNames(String prefix) {
  private static final Logger log = LoggerFactory.getLogger(RunNames.class);
  private static final Duration CLEAN_UP_TIMEOUT = Duration.ofSeconds(30);

  static RunNames create() {
    return new RunNames("newsflow-bench-" + Long.toString(System.currentTimeMillis(), 36));
  }

  /** The start of every article id of the run. */
  String articleIds() {
    return prefix;
  }

  String passThroughInput() {
    return prefix + ".passthrough.in";
  }

  String passThroughOutput() {
    return prefix + ".passthrough.out";
  }

  String passThroughApplication() {
    return prefix + "-passthrough";
  }

  /** The settings that give the pipeline the run's topics and application ids. */
  Map<String, String> pipelineSettings() {
    Map<String, String> settings = new TreeMap<>();
    Topics.DEFAULT_NAMES.forEach(
        (key, name) -> settings.put(Config.PREFIX + key, prefix + "." + name));
    settings.put("newsflow.enrich.application.id", prefix + "-enrich");
    settings.put("newsflow.sink.application.id", prefix + "-sink");
    return settings;
  }

  /** The settings of enrich alone: what an enrich process of the run is given. */
  Map<String, String> enrichSettings() {
    Map<String, String> settings = new TreeMap<>(pipelineSettings());
    settings.remove("newsflow.sink.application.id");
    return settings;
  }

  /** The state folders of the pipeline's applications under {@code root}. */
  static Map<String, String> stateSettings(java.nio.file.Path root) {
    return Map.of(
        EnrichSettings.STATE_DIR, root.resolve("enrich").toString(),
        SinkSettings.STATE_DIR, root.resolve("sink").toString());
  }

  /**
   * Deletes the run's topics (its applications' internal topics too: their names start with the
   * application id) and its applications' groups. Best effort: what is left is said in the log.
   */
  void deleteFrom(KafkaSettings kafka) {
    try (Admin admin = KafkaProbe.createAdmin(kafka, CLEAN_UP_TIMEOUT)) {
      List<String> topics =
          admin.listTopics().names().get(CLEAN_UP_TIMEOUT.toSeconds(), TimeUnit.SECONDS).stream()
              .filter(name -> name.startsWith(prefix))
              .toList();
      admin.deleteTopics(topics).all().get(CLEAN_UP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      admin
          .deleteConsumerGroups(
              List.of(prefix + "-enrich", prefix + "-sink", passThroughApplication()))
          .all()
          .get(CLEAN_UP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      log.warn(
          "could not delete all of the bench's topics and groups ({}*): {}",
          prefix,
          e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
