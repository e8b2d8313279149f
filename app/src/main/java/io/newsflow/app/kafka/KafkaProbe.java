package io.newsflow.app.kafka;

import io.newsflow.common.kafka.KafkaSettings;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;

/**
 * Checks that Kafka answers before a command starts its real work, so an unreachable broker is one
 * clear line after a few seconds instead of a client retrying silently forever.
 */
public final class KafkaProbe {
  /** How long commands wait for Kafka to answer before they give up. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

  private KafkaProbe() {}

  /**
   * Waits until the cluster answers a metadata request and returns its cluster id.
   *
   * @throws KafkaUnavailableException when it does not answer within {@code timeout}, refuses the
   *     client's credentials or cannot be addressed at all
   */
  public static String awaitReachable(KafkaSettings settings, Duration timeout) {
    return probe(settings, timeout).clusterId();
  }

  /** What a command may want to know before it starts: the cluster id and the topics. */
  public record Cluster(String clusterId, Set<String> topics) {}

  /**
   * As {@link #awaitReachable}, also listing the topics (those the client may see).
   *
   * @throws KafkaUnavailableException as {@link #awaitReachable} does
   */
  public static Cluster probe(KafkaSettings settings, Duration timeout) {
    Admin admin = createAdmin(settings, timeout);
    long deadline = System.nanoTime() + timeout.toNanos() + TimeUnit.SECONDS.toNanos(2);
    try {
      String clusterId =
          admin
              .describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
              .clusterId()
              .get(remaining(deadline), TimeUnit.NANOSECONDS);
      Set<String> topics =
          admin
              .listTopics(new ListTopicsOptions().timeoutMs((int) timeout.toMillis()))
              .names()
              .get(remaining(deadline), TimeUnit.NANOSECONDS);
      return new Cluster(clusterId, Set.copyOf(topics));
    } catch (ExecutionException e) {
      throw failure(settings, timeout, e.getCause());
    } catch (TimeoutException e) {
      throw failure(settings, timeout, new org.apache.kafka.common.errors.TimeoutException(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaUnavailableException("interrupted while waiting for Kafka", e);
    } finally {
      // a bounded close: an unreachable broker must not hold the command up
      admin.close(Duration.ofSeconds(2));
    }
  }

  /**
   * An admin client that gives up after {@code timeout}; callers close it. The user's pass-through
   * properties still win over these timeouts.
   */
  public static Admin createAdmin(KafkaSettings settings, Duration timeout) {
    int millis = (int) Math.max(1_000, timeout.toMillis());
    Properties properties =
        settings.properties(
            Map.of(
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                String.valueOf(millis),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                String.valueOf(Math.min(millis, 10_000)),
                CommonClientConfigs.RECONNECT_BACKOFF_MAX_MS_CONFIG,
                "1000",
                CommonClientConfigs.CLIENT_ID_CONFIG,
                "newsflow-admin"));
    try {
      return Admin.create(properties);
    } catch (KafkaException e) {
      throw new KafkaUnavailableException(
          "cannot use the Kafka address '"
              + settings.bootstrapServers()
              + "': "
              + rootMessage(e)
              + "; pass --bootstrap-servers HOST:PORT[,...]",
          e);
    }
  }

  /** The one-line explanation for a failed call to Kafka. */
  public static KafkaUnavailableException failure(
      KafkaSettings settings, Duration timeout, Throwable cause) {
    String where = settings.bootstrapServers();
    if (cause instanceof AuthenticationException) {
      return new KafkaUnavailableException(
          "Kafka at "
              + where
              + " did not accept newsflow's credentials: "
              + rootMessage(cause)
              + "; check the security settings in the --config file",
          cause);
    }
    if (cause instanceof AuthorizationException) {
      return new KafkaUnavailableException(
          "Kafka at "
              + where
              + " does not allow this: "
              + rootMessage(cause)
              + "; ask its administrator for the ACLs or use other credentials in --config",
          cause);
    }
    if (cause instanceof org.apache.kafka.common.errors.TimeoutException) {
      return new KafkaUnavailableException(
          "cannot reach Kafka at "
              + where
              + " within "
              + describe(timeout)
              + ": is a broker running? start one with './newsflow broker' or pass --bootstrap-servers",
          cause);
    }
    return new KafkaUnavailableException(
        "Kafka at " + where + " failed: " + rootMessage(cause), cause);
  }

  private static long remaining(long deadline) {
    return Math.max(0, deadline - System.nanoTime());
  }

  static String describe(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? (millis / 1000) + "s" : millis + "ms";
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.lines().findFirst().orElse(message).strip();
  }
}
