package io.newsflow.app.run;

import io.newsflow.app.kafka.KafkaProbe;
import io.newsflow.app.kafka.TopicSetup;
import io.newsflow.common.config.Config;
import io.newsflow.common.kafka.KafkaSettings;
import io.newsflow.common.kafka.Topic;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * What every service checks before it starts: that the cluster answers (a clear error within
 * seconds, not a hang) and that the pipeline's topics exist, created with the broker's default
 * replication when missing, so a fresh cluster needs no manual step.
 */
public final class Cluster {
  public static final String PARTITIONS = "newsflow.topic.partitions";

  /** How long to wait for the cluster to answer before saying it cannot be reached. */
  public static final String CONNECT_TIMEOUT = "newsflow.connect.timeout";

  private static final Duration TOPIC_TIMEOUT = Duration.ofSeconds(30);

  private Cluster() {}

  /** Checks the cluster, creates missing topics and returns the cluster's id. */
  public static String prepare(KafkaSettings kafka, Config config) {
    KafkaProbe.Cluster cluster =
        KafkaProbe.probe(kafka, config.getDuration(CONNECT_TIMEOUT, KafkaProbe.DEFAULT_TIMEOUT));
    // on a restart every topic is there already: no second admin client, no creation request
    List<String> missing =
        kafka.topics().all().stream()
            .map(Topic::name)
            .filter(name -> !cluster.topics().contains(name))
            .toList();
    createTopics(kafka, config, missing);
    return cluster.clusterId();
  }

  /** Creates the named topics that do not exist yet, as {@link #prepare} creates the pipeline's. */
  public static void createTopics(KafkaSettings kafka, Config config, Collection<String> names) {
    int partitions = config.getInt(PARTITIONS, 3);
    if (partitions > 0 && !names.isEmpty()) {
      new TopicSetup(kafka).create(names, partitions, TopicSetup.BROKER_DEFAULT, TOPIC_TIMEOUT);
    }
  }
}
