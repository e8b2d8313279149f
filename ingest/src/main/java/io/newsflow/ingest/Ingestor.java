package io.newsflow.ingest;

import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.newsflow.common.article.Article;
import io.newsflow.common.article.ArticleIds;
import io.newsflow.common.kafka.DeadLetters;
import io.newsflow.common.kafka.KafkaSettings;
import io.newsflow.common.kafka.Topics;
import io.newsflow.common.metrics.PipelineMetrics;
import io.newsflow.ingest.format.ArticleReader;
import io.newsflow.ingest.format.Parsed;
import io.newsflow.ingest.format.ReadResult;
import io.newsflow.ingest.format.Rejection;
import io.newsflow.ingest.source.ItemSink;
import io.newsflow.ingest.source.Receipt;
import io.newsflow.ingest.source.SourceItem;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads source items into articles and produces them to the raw topic, keyed by article id;
 * everything that is not an article goes to the dead-letter topic with its original bytes and the
 * reason. Counts both ({@code newsflow_articles_ingested_total}, {@code _rejected_total}, {@code
 * newsflow_dead_letters_total}). Thread-safe: several sources may feed one ingestor.
 */
public final class Ingestor implements ItemSink, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);
  static final String STAGE = "ingest";

  /** The fixed reason label ({@code too_large}...) beside the detailed reason header. */
  public static final String REASON_LABEL_HEADER = "newsflow.dlq.reason.label";

  /** On a dead letter cut short because the input was too large: the input's full size in bytes. */
  public static final String ORIGINAL_SIZE_HEADER = "newsflow.dlq.original.size";

  private static final int REMEMBERED_ARTICLES = 100_000;

  private final Topics topics;
  private final Producer<byte[], byte[]> producer;
  private final ArticleReader reader;
  private final PipelineMetrics metrics;
  private final KafkaClientMetrics producerMetrics;
  private final Serializer<Article> articleSerializer;
  private final AtomicLong produced = new AtomicLong();
  private final AtomicLong rejected = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  private final AtomicReference<Exception> firstFailure = new AtomicReference<>();
  private final Set<String> recentlyProduced =
      Collections.synchronizedSet(Collections.newSetFromMap(lruMap()));

  /**
   * Produces with a new idempotent producer built from {@code settings}, whose metrics it binds.
   */
  public Ingestor(KafkaSettings settings, ArticleReader reader, PipelineMetrics metrics) {
    this(settings.topics(), createProducer(settings), reader, metrics, true);
  }

  /** Produces with {@code producer} (a {@code MockProducer} in tests); closes it when closed. */
  public Ingestor(
      Topics topics,
      Producer<byte[], byte[]> producer,
      ArticleReader reader,
      PipelineMetrics metrics) {
    this(topics, producer, reader, metrics, false);
  }

  private Ingestor(
      Topics topics,
      Producer<byte[], byte[]> producer,
      ArticleReader reader,
      PipelineMetrics metrics,
      boolean bindMetrics) {
    this.topics = topics;
    this.producer = producer;
    this.reader = reader;
    this.metrics = metrics;
    this.articleSerializer = topics.raw().valueSerde().serializer();
    this.producerMetrics = bindMetrics ? new KafkaClientMetrics(producer) : null;
    if (producerMetrics != null) {
      producerMetrics.bindTo(metrics.registry());
    }
  }

  /**
   * The producer settings: every acknowledged article is on all in-sync replicas exactly once
   * (idempotence), batches are compressed, and a send that cannot reach the broker fails in 30 s
   * rather than hanging. The user's {@code --config} properties override these.
   */
  public static Map<String, Object> producerDefaults() {
    Map<String, Object> defaults = new LinkedHashMap<>();
    defaults.put(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-ingest");
    defaults.put(ProducerConfig.ACKS_CONFIG, "all");
    defaults.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    defaults.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    defaults.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    // an article may be 1 MB before JSON escaping; the broker sees the compressed batch
    defaults.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4 * 1_048_576);
    defaults.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
    defaults.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000);
    defaults.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
    return defaults;
  }

  public static Producer<byte[], byte[]> createProducer(KafkaSettings settings) {
    return new KafkaProducer<>(
        settings.properties(producerDefaults()),
        new ByteArraySerializer(),
        new ByteArraySerializer());
  }

  /** Reads one item and sends what it holds; returns before the broker acknowledges. */
  @Override
  public Receipt accept(SourceItem item) {
    return accept(item, false);
  }

  /**
   * As {@link #accept(SourceItem)}; with {@code skipRepeats}, an article already produced by this
   * ingestor with the same id and content is not produced again (a feed polled twice).
   */
  public Receipt accept(SourceItem item, boolean skipRepeats) {
    ReadResult result = reader.read(item.bytes(), item.size(), item.name());
    List<String> ids = new ArrayList<>();
    List<String> rejections = new ArrayList<>();
    for (Parsed parsed : result.items()) {
      if (parsed instanceof Parsed.Accepted accepted) {
        Article article = accepted.article();
        ids.add(article.id());
        // a hash, not the text: 100,000 remembered articles must not hold 100,000 bodies
        String fingerprint =
            ArticleIds.contentId(article.id() + '\n' + article.headline(), article.body());
        if (!recentlyProduced.add(fingerprint) && skipRepeats) {
          duplicates.incrementAndGet();
          continue;
        }
        produce(article, sourceKind(item));
      } else if (parsed instanceof Parsed.Rejected reject) {
        rejections.add(reject.rejection().toString());
        deadLetter(reject.rejection(), item);
      }
    }
    return new Receipt(ids, rejections);
  }

  /**
   * This ingestor as the sink of an endless source (a watched folder, pushes): an article it
   * produced unchanged before is not produced again.
   */
  public ItemSink skippingRepeats() {
    return new ItemSink() {
      @Override
      public Receipt accept(SourceItem item) {
        return Ingestor.this.accept(item, true);
      }

      @Override
      public CompletableFuture<List<String>> acceptNew(
          SourceItem item, Predicate<String> alreadySent) {
        return Ingestor.this.acceptNew(item, alreadySent);
      }
    };
  }

  /**
   * Reads one item and sends only what {@code alreadySent} does not hold, each article and each
   * rejected part known by its {@link #sentKey}. The future completes, with the keys of everything
   * in the item, once Kafka has acknowledged all that was sent; exceptionally if any send failed.
   */
  @Override
  public CompletableFuture<List<String>> acceptNew(SourceItem item, Predicate<String> alreadySent) {
    ReadResult result = reader.read(item.bytes(), item.size(), item.name());
    List<String> keys = new ArrayList<>();
    List<CompletableFuture<Void>> sends = new ArrayList<>();
    for (Parsed parsed : result.items()) {
      String key = sentKey(parsed);
      keys.add(key);
      if (alreadySent.test(key)) {
        duplicates.incrementAndGet();
      } else if (parsed instanceof Parsed.Accepted accepted) {
        sends.add(produce(accepted.article(), sourceKind(item)));
      } else if (parsed instanceof Parsed.Rejected reject) {
        sends.add(deadLetter(reject.rejection(), item));
      }
    }
    return CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).thenApply(done -> keys);
  }

  /**
   * How a source that remembers what it sent knows a part again: an article by its id and a hash of
   * its text (so a corrected article under the same id is sent again), a rejected part by a hash of
   * its bytes (so a broken item is dead-lettered once, not at every poll).
   */
  static String sentKey(Parsed parsed) {
    if (parsed instanceof Parsed.Accepted accepted) {
      Article article = accepted.article();
      return article.id() + " " + ArticleIds.contentId(article.headline(), article.body());
    }
    Rejection rejection = ((Parsed.Rejected) parsed).rejection();
    return "rejected "
        + ArticleIds.contentId(new String(rejection.original(), StandardCharsets.UTF_8), "");
  }

  private CompletableFuture<Void> produce(Article article, String sourceKind) {
    String topic = topics.raw().name();
    byte[] key = article.id().getBytes(StandardCharsets.UTF_8);
    byte[] value = articleSerializer.serialize(topic, article);
    return send(
        new ProducerRecord<>(topic, key, value),
        "article " + article.id(),
        () -> {
          produced.incrementAndGet();
          metrics.ingested(sourceKind);
        });
  }

  /** Sends {@code record}; the future completes when Kafka acknowledged it, after {@code onAck}. */
  private CompletableFuture<Void> send(
      ProducerRecord<byte[], byte[]> record, String what, Runnable onAck) {
    CompletableFuture<Void> acknowledged = new CompletableFuture<>();
    producer.send(
        record,
        (metadata, exception) -> {
          if (exception == null) {
            onAck.run();
            acknowledged.complete(null);
          } else {
            fail(what, exception);
            acknowledged.completeExceptionally(exception);
          }
        });
    return acknowledged;
  }

  /**
   * The {@code source} label of the ingested counter: the kind of source, not its name, so that a
   * folder of ten thousand files makes one time series, not ten thousand.
   */
  static String sourceKind(SourceItem item) {
    String name = item.name();
    if (name.equals("stdin")) {
      return "stdin";
    }
    if (name.startsWith("http://") || name.startsWith("https://")) {
      return "feed";
    }
    if (name.startsWith("http:")) {
      return "push";
    }
    if (name.startsWith("demo:")) {
      return "demo";
    }
    return "file";
  }

  private CompletableFuture<Void> deadLetter(Rejection rejection, SourceItem item) {
    String label = rejection.reason().label();
    LOG.warn(
        "rejected {} (sent to {}): {}",
        item.origin(),
        topics.deadLetters().name(),
        rejection.message());
    rejected.incrementAndGet();
    metrics.rejected(sourceKind(item), label);
    metrics.deadLetter(STAGE, label);
    Headers headers = DeadLetters.rejected(STAGE, rejection.message(), item.origin());
    headers.add(REASON_LABEL_HEADER, label.getBytes(StandardCharsets.UTF_8));
    byte[] value = rejection.original();
    long limit = reader.limits().maxItemBytes();
    if (value.length > limit || item.truncated()) {
      // the broker would refuse the whole of an oversized input: keep its head and say so
      long size = Math.max(value.length, item.size());
      headers.add(ORIGINAL_SIZE_HEADER, Long.toString(size).getBytes(StandardCharsets.UTF_8));
      value = Arrays.copyOf(value, (int) Math.min(value.length, limit));
    }
    return send(
        new ProducerRecord<byte[], byte[]>(
            topics.deadLetters().name(), null, (byte[]) null, value, headers),
        "dead letter of " + item.origin(),
        () -> {});
  }

  private void fail(String what, Exception exception) {
    failed.incrementAndGet();
    if (firstFailure.compareAndSet(null, exception)) {
      LOG.warn("could not produce {}: {}", what, exception.getMessage());
    }
  }

  /** Waits until every record sent so far is acknowledged (or failed), then sums up. */
  public IngestSummary flush() {
    producer.flush();
    return summary();
  }

  /** The counts so far; records still in flight are in neither. */
  public IngestSummary summary() {
    return new IngestSummary(produced.get(), rejected.get(), failed.get(), duplicates.get());
  }

  /** The first send that failed, if any: what to tell the user. */
  public Exception firstFailure() {
    return firstFailure.get();
  }

  /** Flushes and closes the producer. */
  @Override
  public void close() {
    try {
      producer.close(Duration.ofSeconds(30));
    } finally {
      if (producerMetrics != null) {
        producerMetrics.close();
      }
    }
  }

  /** How a stop that gives up on it names it. */
  @Override
  public String toString() {
    return "ingest's producer (articles Kafka has not acknowledged)";
  }

  private static Map<String, Boolean> lruMap() {
    return new java.util.LinkedHashMap<>(1024, 0.75f, false) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
        return size() > REMEMBERED_ARTICLES;
      }
    };
  }
}
