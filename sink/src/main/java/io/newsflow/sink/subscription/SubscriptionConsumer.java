package io.newsflow.sink.subscription;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.sink.format.NinjsWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One file or webhook subscription, reading the enriched topic with a consumer of its own, so that
 * a slow or dead target only lags on its own offsets. Offsets are committed only past records that
 * were delivered or whose dead letter was written: a crash, a stop that abandons the record in
 * hand, or a dead letter the broker did not take, means those records are read and delivered again
 * (at least once).
 */
final class SubscriptionConsumer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SubscriptionConsumer.class);
  private static final Duration POLL = Duration.ofMillis(200);
  private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

  private final Subscription subscription;
  private final Consumer<byte[], byte[]> consumer;
  private final String topic;
  private final Sender sender;
  private final DeadLetterSink deadLetters;
  private final SubscriptionMetrics metrics;
  private final NinjsWriter ninjs = new NinjsWriter();
  private final Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
  // where each partition's records since the last commit began, to read them again if need be
  private final Map<TopicPartition, Long> from = new HashMap<>();
  private final List<Future<RecordMetadata>> deadLettersSent = new ArrayList<>();
  private final CountDownLatch assigned = new CountDownLatch(1);
  private final Thread thread;
  private volatile boolean stopping;

  SubscriptionConsumer(
      Subscription subscription,
      Consumer<byte[], byte[]> consumer,
      String topic,
      Sender sender,
      DeadLetterSink deadLetters,
      SubscriptionMetrics metrics) {
    this.subscription = subscription;
    this.consumer = consumer;
    this.topic = topic;
    this.sender = sender;
    this.deadLetters = deadLetters;
    this.metrics = metrics;
    this.thread = new Thread(this::run, "newsflow-subscription-" + subscription.name());
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Waits until the consumer has its first share of the partitions, with its start on each of them
   * committed: from then on no article the subscription should see can be missed.
   */
  boolean awaitAssignment(Duration timeout) throws InterruptedException {
    return assigned.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void run() {
    try {
      consumer.subscribe(List.of(topic), new StartWhereCommitted());
      while (!stopping) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
          if (stopping) {
            break; // the rest of the batch is not committed: read again by whoever comes next
          }
          TopicPartition partition = new TopicPartition(record.topic(), record.partition());
          from.putIfAbsent(partition, record.offset());
          handle(record);
          done.put(partition, new OffsetAndMetadata(record.offset() + 1));
        }
        commit();
      }
    } catch (InterruptedException | InterruptException e) {
      // abandoned while the target had the record in hand: not committed, delivered again later
    } catch (RuntimeException e) {
      log.error("subscription {} stopped reading: {}", subscription.name(), e.toString());
    } finally {
      Thread.interrupted(); // so the last commit and the close are not cut short
      commit();
      consumer.close(Duration.ofSeconds(5));
      sender.close();
    }
  }

  private void handle(ConsumerRecord<byte[], byte[]> record) throws InterruptedException {
    EnrichedArticle article = SubscriptionRouter.read(record.value());
    if (article == null || article.id() == null || !subscription.match().matches(article)) {
      return; // what is not an article is the deliver step's to dead-letter, once
    }
    Delivery delivery =
        new Delivery(
            article.id(),
            subscription.format().render(article, record.value(), ninjs),
            record.value(),
            record.topic(),
            record.partition(),
            record.offset());
    try {
      sender.send(delivery);
      metrics.delivered(subscription);
    } catch (DeliveryFailure failure) {
      metrics.failed(subscription, failure.label());
      deadLettersSent.add(deadLetters.send(subscription, delivery, failure.getMessage()));
    }
  }

  private void commit() {
    if (done.isEmpty()) {
      return;
    }
    try {
      // a record is done only once its dead letter, if any, is written
      String unwritten = unwrittenDeadLetter();
      if (unwritten != null) {
        readAgain(unwritten);
        return;
      }
      consumer.commitSync(done);
    } catch (CommitFailedException e) {
      // the partitions went to another instance meanwhile, which reads these records again
      log.info("subscription {}: offsets not committed ({})", subscription.name(), e.toString());
    } catch (KafkaException e) {
      log.warn("subscription {}: offsets not committed: {}", subscription.name(), e.toString());
    }
    done.clear();
    from.clear();
  }

  /** Why a dead letter sent since the last commit was not written; null when all were. */
  private String unwrittenDeadLetter() {
    if (deadLettersSent.isEmpty()) {
      return null;
    }
    deadLetters.flush();
    String why = null;
    for (Future<RecordMetadata> sent : deadLettersSent) {
      try {
        sent.get();
      } catch (ExecutionException e) {
        why = String.valueOf(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        why = "interrupted while it was written";
      }
    }
    deadLettersSent.clear();
    return why;
  }

  /**
   * Nothing since the last commit is committed: its records are read (and delivered) again, so that
   * the one whose dead letter was lost gets another chance, after a pause that keeps a dead broker
   * from being hammered.
   */
  private void readAgain(String why) {
    log.warn(
        "subscription {}: a dead letter was not written ({}); reading {} again",
        subscription.name(),
        why,
        from);
    from.forEach(consumer::seek);
    done.clear();
    from.clear();
    if (stopping) {
      return; // read again by whoever comes next
    }
    try {
      Thread.sleep(RETRY_PAUSE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Reads no more batches and takes no more records of the one in hand. */
  void stop() {
    stopping = true;
  }

  /**
   * Stops reading: the record in hand is finished if the target takes it within {@code grace}, else
   * abandoned; what was done is committed and the consumer closed.
   */
  void close(Duration grace) {
    stop();
    try {
      thread.join(Math.max(1, grace.toMillis()));
      if (thread.isAlive()) {
        log.info("subscription {}: abandoning the article in hand", subscription.name());
        thread.interrupt();
        thread.join(10_000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    close(Duration.ofSeconds(5));
  }

  /**
   * Commits where the consumer starts on each partition it is given, so that the start of a new
   * subscription (the end of the topic then) holds even if the sink dies before its first commit.
   */
  private final class StartWhereCommitted implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
      try {
        partitions.forEach(p -> start.put(p, new OffsetAndMetadata(consumer.position(p))));
        if (!start.isEmpty()) {
          consumer.commitSync(start);
        }
      } catch (KafkaException e) {
        // committed at the first processed batch instead; only a crash before then could skip
        log.warn("subscription {}: start not committed: {}", subscription.name(), e.toString());
      }
      assigned.countDown();
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      commit();
    }
  }
}
