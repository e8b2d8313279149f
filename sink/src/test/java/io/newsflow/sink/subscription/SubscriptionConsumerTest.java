package io.newsflow.sink.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.kafka.KafkaSettings;
import io.newsflow.common.metrics.PipelineMetrics;
import io.newsflow.testkit.PlainArticles;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class SubscriptionConsumerTest {
  private static final TopicPartition PARTITION = new TopicPartition("news.enriched", 0);

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  // nothing is dead-lettered here: the producer never has to reach a broker
  private final DeadLetterSink deadLetters =
      new DeadLetterSink(KafkaSettings.local("127.0.0.1:1"), new PipelineMetrics(registry));
  private final Map<TopicPartition, Long> commits = new ConcurrentHashMap<>();
  private final List<Long> commitHistory = new CopyOnWriteArrayList<>();
  // remembers what was committed, since a closed MockConsumer no longer answers
  private final MockConsumer<byte[], byte[]> kafka =
      new MockConsumer<>("latest") {
        @Override
        public synchronized void commitSync(Map<TopicPartition, OffsetAndMetadata> offsets) {
          super.commitSync(offsets);
          offsets.forEach((partition, offset) -> commits.put(partition, offset.offset()));
          commitHistory.add(offsets.get(PARTITION).offset());
        }
      };
  private final List<String> sent = new CopyOnWriteArrayList<>();

  @AfterEach
  void closeDeadLetters() {
    deadLetters.close();
  }

  @Test
  void commitsPastWhatWasDelivered() throws Exception {
    SubscriptionConsumer consumer = start(delivery -> sent.add(delivery.id()), "a", "b", "c");
    awaitSent(3);
    consumer.close(Duration.ofSeconds(5));

    assertThat(sent).containsExactly("a", "b", "c");
    assertThat(committed()).isEqualTo(3);
    assertThat(kafka.closed()).isTrue();
  }

  @Test
  void anArticleAbandonedAtTheStopIsNotCommitted() throws Exception {
    SubscriptionConsumer consumer =
        start(
            delivery -> {
              if (delivery.id().equals("b")) {
                Thread.sleep(60_000); // a target that hangs: interrupted by the stop
              }
              sent.add(delivery.id());
            },
            "a",
            "b",
            "c");
    awaitSent(1);
    Thread.sleep(200);
    consumer.close(Duration.ofMillis(300));

    assertThat(sent).containsExactly("a");
    assertThat(committed()).as("b is read again after the restart").isEqualTo(1);
    assertThat(kafka.closed()).isTrue();
  }

  @Test
  void aDeadLetterTheBrokerDidNotTakeIsNotCommittedPast() throws Exception {
    AtomicInteger tries = new AtomicInteger();
    // the first dead letter is lost, as when the broker times out; the second is written
    MockProducer<byte[], byte[]> dlq =
        new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer()) {
          @Override
          public synchronized Future<RecordMetadata> send(
              ProducerRecord<byte[], byte[]> record, Callback callback) {
            if (tries.getAndIncrement() > 0) {
              return super.send(record, callback);
            }
            TimeoutException lost = new TimeoutException("the test's broker");
            callback.onCompletion(null, lost);
            return CompletableFuture.failedFuture(lost);
          }
        };
    DeadLetterSink sink = new DeadLetterSink(dlq, "news.dlq", new PipelineMetrics(registry));
    SubscriptionConsumer consumer =
        start(
            sink,
            delivery -> {
              if (delivery.id().equals("b")) {
                throw new DeliveryFailure("refused", "rejected by the test's target");
              }
              sent.add(delivery.id());
            },
            "a",
            "b",
            "c");
    awaitSent(2);
    // the consumer went back to the first record; a MockConsumer does not keep what it gave, so
    // the test gives the records again, as the broker would after the seek
    while (tries.get() == 0 || kafka.position(PARTITION) != 0) {
      Thread.sleep(20);
    }
    assertThat(commitHistory).as("only the start, committed at the assignment").containsOnly(0L);
    kafka.schedulePollTask(() -> addRecords("a", "b", "c"));
    awaitCommitted(3);
    consumer.close(Duration.ofSeconds(5));

    assertThat(dlq.history())
        .extracting(r -> new String(r.key(), StandardCharsets.UTF_8))
        .containsExactly("b");
    assertThat(sent).as("read and delivered again").containsExactly("a", "c", "a", "c");
    assertThat(registry.find(PipelineMetrics.DEAD_LETTERS).counter().count())
        .as("counted once: the dead letter that was written")
        .isEqualTo(1.0);
    assertThat(commitHistory)
        .as("nothing committed past the start before b's dead letter was written")
        .containsExactly(0L, 3L);
  }

  private SubscriptionConsumer start(Sender sender, String... ids) {
    return start(deadLetters, sender, ids);
  }

  private SubscriptionConsumer start(DeadLetterSink deadLetters, Sender sender, String... ids) {
    kafka.updateBeginningOffsets(Map.of(PARTITION, 0L));
    kafka.updateEndOffsets(Map.of(PARTITION, 0L));
    kafka.schedulePollTask(
        () -> {
          kafka.rebalance(List.of(PARTITION));
          addRecords(ids);
        });
    Subscription subscription =
        new SubscriptionFile(Map.of(), Set.of())
            .parse("subscriptions:\n  - {name: all, to: 'file:unused.jsonl'}\n")
            .get(0);
    return new SubscriptionConsumer(
        subscription,
        kafka,
        PARTITION.topic(),
        sender,
        deadLetters,
        new SubscriptionMetrics(registry));
  }

  private void addRecords(String... ids) {
    for (int i = 0; i < ids.length; i++) {
      kafka.addRecord(
          new ConsumerRecord<>(PARTITION.topic(), 0, i, bytes(ids[i]), PlainArticles.json(ids[i])));
    }
  }

  private long committed() {
    return commits.getOrDefault(PARTITION, -1L);
  }

  private void awaitCommitted(long offset) throws InterruptedException {
    while (committed() < offset) {
      Thread.sleep(20);
    }
  }

  private void awaitSent(int count) throws InterruptedException {
    while (sent.size() < count) {
      Thread.sleep(20);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
