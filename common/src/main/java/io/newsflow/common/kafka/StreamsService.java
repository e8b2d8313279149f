package io.newsflow.common.kafka;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.util.NamedThreadFactory;
import io.newsflow.common.metrics.Health;
import io.newsflow.common.metrics.MetricsSettings;
import io.newsflow.common.metrics.PipelineMetrics;
import io.newsflow.common.service.Service;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kafka Streams application run as a {@link Service}: its client metrics bound to the registry,
 * its state as a gauge ({@code newsflow_stream_state}; Micrometer drops Kafka's string-valued state
 * metric) and as the health. A stream thread that dies is replaced rather than taking the service
 * down, because the dead-letter handlers already keep bad records from killing it.
 */
public final class StreamsService implements Service {
  private static final Logger log = LoggerFactory.getLogger(StreamsService.class);
  private static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private final String name;
  private final KafkaStreams streams;
  private final KafkaStreamsMetrics binder;
  private final ScheduledExecutorService metricsScheduler;
  private final AtomicReference<KafkaStreams.State> state =
      new AtomicReference<>(KafkaStreams.State.CREATED);
  private final AtomicReference<String> lastError = new AtomicReference<>();

  public StreamsService(String name, Topology topology, Properties config, MeterRegistry registry) {
    this(name, topology, config, registry, MetricsSettings.DEFAULT_KAFKA_REFRESH);
  }

  /** As above, looking for new Kafka client metrics every {@code metricsRefresh}. */
  public StreamsService(
      String name,
      Topology topology,
      Properties config,
      MeterRegistry registry,
      Duration metricsRefresh) {
    this.name = name;
    this.streams = new KafkaStreams(topology, config);
    streams.setStateListener((now, before) -> state.set(now));
    streams.setUncaughtExceptionHandler(
        exception -> {
          lastError.set(exception.getClass().getSimpleName() + ": " + exception.getMessage());
          log.error("{}: a stream thread failed; replacing it", name, exception);
          return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler
              .StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    // the binder's own scheduler, as Micrometer makes it, but looking every metricsRefresh
    this.metricsScheduler =
        Executors.newSingleThreadScheduledExecutor(
            new NamedThreadFactory("micrometer-kafka-metrics"));
    this.binder = new KafkaStreamsMetrics(streams, List.of(), metricsScheduler, metricsRefresh);
    binder.bindTo(registry);
    Gauge.builder("newsflow.stream.state", state, s -> s.get().ordinal())
        .description(
            "Kafka Streams state as its ordinal: 0 CREATED, 1 REBALANCING, 2 RUNNING, "
                + "3 PENDING_SHUTDOWN, 4 NOT_RUNNING, 5 PENDING_ERROR, 6 ERROR")
        .tag("application", name)
        .register(registry);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void start() {
    streams.start();
  }

  /** The application itself, for interactive queries of its stores. */
  public KafkaStreams streams() {
    return streams;
  }

  public KafkaStreams.State state() {
    return state.get();
  }

  @Override
  public Health health() {
    KafkaStreams.State now = state.get();
    Map<String, String> details =
        lastError.get() == null
            ? Map.of("state", now.name())
            : Map.of("state", now.name(), "lastError", lastError.get());
    boolean ready = now == KafkaStreams.State.RUNNING;
    return new Health(ready, ready ? name + " is running" : name + " is " + now, details);
  }

  @Override
  public void close() {
    if (!close(DEFAULT_CLOSE_TIMEOUT)) {
      log.warn("{}: stopped after {}; {}", name, DEFAULT_CLOSE_TIMEOUT, abandonedOnTimeout());
    }
  }

  /**
   * Stops within about {@code timeout}: leaves the group, so other instances take the partitions
   * over at once instead of after the session timeout, and commits what it can. When the cluster
   * does not answer, Kafka Streams gives up at the timeout and its open transaction is left to the
   * broker, which aborts it; the records in it are read again, so nothing is lost or doubled.
   */
  @Override
  public boolean close(Duration timeout) {
    boolean clean =
        streams.close(
            CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(timeout));
    binder.close();
    metricsScheduler.shutdownNow(); // a scheduler given to the binder is not closed with it
    return clean;
  }

  @Override
  public String abandonedOnTimeout() {
    return "any transaction in flight was abandoned and will be aborted by the broker (its input is read"
        + " again: nothing lost, nothing doubled)";
  }

  /**
   * The configuration of a newsflow Streams application: newsflow's defaults, then the user's
   * client properties, then the dead-letter handlers, which are not overridable: without them a bad
   * record would stop the stream or vanish.
   */
  public static Properties properties(
      KafkaSettings kafka,
      String applicationId,
      String processingGuarantee,
      Path stateDir,
      Map<String, Object> more,
      PipelineMetrics metrics) {
    Map<String, Object> defaults = new HashMap<>(defaults(applicationId, processingGuarantee));
    defaults.put(org.apache.kafka.streams.StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    // what a topic takes, every producer may send and every internal topic accepts: a refused
    // write would abort an exactly-once transaction; an over-large value is dead-lettered instead
    int maxRecordBytes = kafka.topics().maxRecordBytes();
    defaults.put(
        org.apache.kafka.streams.StreamsConfig.producerPrefix(
            org.apache.kafka.clients.producer.ProducerConfig.MAX_REQUEST_SIZE_CONFIG),
        maxRecordBytes);
    defaults.put(
        org.apache.kafka.streams.StreamsConfig.topicPrefix(
            org.apache.kafka.common.config.TopicConfig.MAX_MESSAGE_BYTES_CONFIG),
        String.valueOf(maxRecordBytes));
    defaults.putAll(more);
    Properties properties = kafka.properties(defaults);
    properties.putAll(DeadLetterHandlers.config(kafka.topics().deadLetters().name(), metrics));
    return properties;
  }

  /** The Streams settings newsflow uses unless the user's configuration file says otherwise. */
  public static Map<String, Object> defaults(String applicationId, String processingGuarantee) {
    return Map.of(
        org.apache.kafka.streams.StreamsConfig.APPLICATION_ID_CONFIG,
        applicationId,
        org.apache.kafka.streams.StreamsConfig.PROCESSING_GUARANTEE_CONFIG,
        processingGuarantee,
        // -1: the broker's default.replication.factor, right for one node and for a cluster alike
        org.apache.kafka.streams.StreamsConfig.REPLICATION_FACTOR_CONFIG,
        -1,
        // under exactly-once every hop waits for its transaction to commit: each of the pipeline's
        // four hops (enrich's band scatter and gather, enrich, sink) adds half this on average and
        // all of it at worst. 20 ms against 50 cut the pipeline's p50 at half its rate by a third,
        // and flat out, where articles in flight are what bounds it, raised its rate
        // (docs/BENCHMARKS.md)
        org.apache.kafka.streams.StreamsConfig.COMMIT_INTERVAL_MS_CONFIG,
        20,
        // a thread blocked in poll does not commit: Kafka's 100 ms would stretch the interval above
        org.apache.kafka.streams.StreamsConfig.POLL_MS_CONFIG,
        20,
        // a stream thread polls again only when its buffer is empty or half of this has passed:
        // with Kafka's 5 minutes, a backlog of raw articles kept enrich from reading back its own
        // repartition topic for minutes, so nothing came out until the backlog was through. Half
        // of 20 s still leaves room for one article's whole budget (5 s) on top
        org.apache.kafka.streams.StreamsConfig.consumerPrefix(
            org.apache.kafka.clients.consumer.ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG),
        20_000,
        org.apache.kafka.streams.StreamsConfig.producerPrefix(
            org.apache.kafka.clients.producer.ProducerConfig.COMPRESSION_TYPE_CONFIG),
        "zstd",
        org.apache.kafka.streams.StreamsConfig.producerPrefix(
            org.apache.kafka.clients.producer.ProducerConfig.MAX_BLOCK_MS_CONFIG),
        30_000,
        org.apache.kafka.streams.StreamsConfig.consumerPrefix(
            org.apache.kafka.clients.consumer.ConsumerConfig.AUTO_OFFSET_RESET_CONFIG),
        "earliest",
        // a task runs only once its stores are restored, and the restore consumer waits out the
        // broker's fetch wait (500 ms by default) on each round even when a changelog is empty:
        // a fresh enrich spent over a second restoring nothing before its first article
        org.apache.kafka.streams.StreamsConfig.restoreConsumerPrefix(
            org.apache.kafka.clients.consumer.ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG),
        50);
  }
}
