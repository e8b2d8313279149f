package io.newsflow.app.kafka;

import io.newsflow.common.kafka.KafkaSettings;
import io.newsflow.common.kafka.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the pipeline's topics before the services start, so none of them depends on the broker's
 * auto-creation (often disabled on real clusters) or races another to create a topic. Topics that
 * already exist are left as they are.
 */
public final class TopicSetup {
  /**
   * As a replication factor: three replicas, two in sync, on a cluster of three brokers or more (a
   * broker may fail with nothing lost and writes going on), else the broker's {@code
   * default.replication.factor}.
   */
  public static final short BROKER_DEFAULT = -1;

  private static final int REPLICATED_CLUSTER = 3;

  /**
   * Room for the largest article ingest accepts (1 MiB of input by default) once enrichment has
   * added its entities and offsets: the broker's default of 1 MB would refuse it downstream.
   */
  private final KafkaSettings settings;

  public TopicSetup(KafkaSettings settings) {
    this.settings = settings;
  }

  /** Creates every topic of {@code settings.topics()}; returns the names it created. */
  public List<String> createAll(int partitions, short replicationFactor, Duration timeout) {
    List<String> names = settings.topics().all().stream().map(Topic::name).toList();
    return create(names, partitions, replicationFactor, timeout);
  }

  /**
   * Creates the named topics that do not exist yet; returns the names it created.
   *
   * @throws KafkaUnavailableException when Kafka does not answer within {@code timeout}
   * @throws TopicSetupException when Kafka refuses a topic (too many replicas for the cluster, a
   *     bad name, no permission)
   */
  public List<String> create(
      Collection<String> names, int partitions, short replicationFactor, Duration timeout) {
    if (partitions < 1 || (replicationFactor < 1 && replicationFactor != BROKER_DEFAULT)) {
      throw new IllegalArgumentException(
          "partitions and replication factor must be at least 1, not "
              + partitions
              + " and "
              + replicationFactor);
    }
    Admin admin = KafkaProbe.createAdmin(settings, timeout);
    try {
      Layout layout = layout(admin, replicationFactor, timeout);
      List<NewTopic> topics =
          names.stream()
              .distinct()
              .map(
                  name ->
                      new NewTopic(name, Optional.of(partitions), layout.replicas())
                          .configs(layout.config()))
              .toList();
      Map<String, KafkaFuture<Void>> results =
          new LinkedHashMap<>(
              admin
                  .createTopics(
                      topics, new CreateTopicsOptions().timeoutMs((int) timeout.toMillis()))
                  .values());
      long deadline = System.nanoTime() + timeout.toNanos() + TimeUnit.SECONDS.toNanos(2);
      List<String> created = new ArrayList<>();
      for (Map.Entry<String, KafkaFuture<Void>> result : results.entrySet()) {
        if (awaitCreated(result.getKey(), result.getValue(), deadline, timeout)) {
          created.add(result.getKey());
        }
      }
      return created;
    } finally {
      admin.close(Duration.ofSeconds(2));
    }
  }

  /** How a topic is replicated: its replicas (empty: the broker's default) and its settings. */
  private record Layout(Optional<Short> replicas, Map<String, String> config) {}

  private Layout layout(Admin admin, short replicationFactor, Duration timeout) {
    if (replicationFactor != BROKER_DEFAULT) {
      return new Layout(Optional.of(replicationFactor), topicConfig());
    }
    if (brokers(admin, timeout) < REPLICATED_CLUSTER) {
      return new Layout(Optional.empty(), topicConfig());
    }
    Map<String, String> config = new java.util.HashMap<>(topicConfig());
    config.put("min.insync.replicas", "2");
    return new Layout(Optional.of((short) REPLICATED_CLUSTER), Map.copyOf(config));
  }

  /** How many brokers the cluster has now. */
  private int brokers(Admin admin, Duration timeout) {
    try {
      return admin
          .describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
          .nodes()
          .get(timeout.toMillis() + 2_000, TimeUnit.MILLISECONDS)
          .size();
    } catch (ExecutionException e) {
      throw KafkaProbe.failure(settings, timeout, e.getCause());
    } catch (TimeoutException e) {
      throw KafkaProbe.failure(
          settings, timeout, new org.apache.kafka.common.errors.TimeoutException(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaUnavailableException("interrupted while asking Kafka for its brokers", e);
    }
  }

  private boolean awaitCreated(
      String name, KafkaFuture<Void> future, long deadline, Duration timeout) {
    try {
      future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      return true;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof TopicExistsException) {
        return false;
      }
      if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException
          || e.getCause() instanceof org.apache.kafka.common.errors.AuthenticationException) {
        throw KafkaProbe.failure(settings, timeout, e.getCause());
      }
      if (e.getCause() instanceof AuthorizationException) {
        throw new TopicSetupException(
            "Kafka at "
                + settings.bootstrapServers()
                + " does not allow newsflow's user to create or see the topic "
                + name
                + " ("
                + e.getCause().getMessage()
                + "); ask its administrator for the ACLs in docs/OPERATIONS.md, or use other"
                + " credentials in --config",
            e.getCause());
      }
      throw new TopicSetupException(
          "cannot create the topic "
              + name
              + " on "
              + settings.bootstrapServers()
              + ": "
              + e.getCause().getMessage(),
          e.getCause());
    } catch (TimeoutException e) {
      throw KafkaProbe.failure(
          settings, timeout, new org.apache.kafka.common.errors.TimeoutException(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaUnavailableException("interrupted while creating topics", e);
    }
  }

  /** Kafka refused to create a topic; the message names it and says why. */
  public static final class TopicSetupException extends RuntimeException {
    TopicSetupException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Every topic takes the records newsflow may write (an enriched article is several times its
   * text).
   */
  private Map<String, String> topicConfig() {
    return Map.of("max.message.bytes", String.valueOf(settings.topics().maxRecordBytes()));
  }
}
