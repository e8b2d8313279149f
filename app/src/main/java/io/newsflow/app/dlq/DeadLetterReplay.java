package io.newsflow.app.dlq;

import io.newsflow.app.kafka.KafkaProbe;
import io.newsflow.common.json.Json;
import io.newsflow.common.kafka.KafkaSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends chosen dead letters back, as their original key and bytes, to the topic they were read from
 * ({@code newsflow.dlq.topic}), or to the raw topic for input rejected at ingest before any topic;
 * each letter once, however often replay runs and whatever it is asked to pick.
 *
 * <p>Once: every replayed letter is recorded in a ledger, a compacted topic beside the dead-letter
 * topic ({@code news.dlq.replayed}) keyed by the letter's place in the dead-letter topic, written
 * in the same Kafka transaction as the replayed records. The records and their ledger entries
 * commit together or not at all, and a replay skips what the ledger holds. (A consumer group's
 * offsets could not do it: one position per partition cannot say "replayed the enrich letters, not
 * yet the ingest ones" when runs pick different letters.) Runs of replay share one transactional
 * id, so a second one fences the first before it reads the ledger.
 */
public final class DeadLetterReplay {
  /** The suffix of the ledger topic's name, after the dead-letter topic's. */
  public static final String LEDGER_SUFFIX = ".replayed";

  /** Marks a replayed record with the letter it came from, for whoever traces it. */
  public static final String REPLAYED_FROM = "newsflow.replayed.from";

  private static final int LETTERS_A_TRANSACTION = 200;

  /** What a replay did. */
  public record Outcome(long replayed, long alreadyReplayed, long cutShort, long matched) {}

  private final KafkaSettings settings;
  private final String deadLetterTopic;
  private final String ledgerTopic;

  public DeadLetterReplay(KafkaSettings settings) {
    this.settings = settings;
    this.deadLetterTopic = settings.topics().deadLetters().name();
    this.ledgerTopic = deadLetterTopic + LEDGER_SUFFIX;
  }

  public Outcome replay(DeadLetterFilter filter, Duration timeout) {
    createLedger(timeout);
    try (KafkaProducer<byte[], byte[]> producer = transactionalProducer(timeout)) {
      producer.initTransactions(); // fences an earlier run that is still going
      Set<String> done = new HashSet<>();
      TopicReader reader = new TopicReader(settings);
      reader.readAll(
          ledgerTopic,
          timeout,
          record -> {
            if (record.key() != null && record.value() != null) {
              done.add(new String(record.key(), StandardCharsets.UTF_8));
            }
          });
      long[] counts = new long[4]; // replayed, already, cut short, matched
      List<DeadLetter> batch = new ArrayList<>();
      reader.readAll(
          deadLetterTopic,
          timeout,
          record ->
              DeadLetter.of(record)
                  .ifPresent(
                      letter -> {
                        if (!filter.matches(letter)) {
                          return;
                        }
                        counts[3]++;
                        if (done.contains(letter.coordinates())) {
                          counts[1]++;
                        } else if (letter.cutShort()) {
                          counts[2]++;
                        } else {
                          batch.add(letter);
                          if (batch.size() == LETTERS_A_TRANSACTION) {
                            counts[0] += send(producer, batch);
                          }
                        }
                      }));
      counts[0] += send(producer, batch);
      return new Outcome(counts[0], counts[1], counts[2], counts[3]);
    }
  }

  /** The topic a letter goes back to. */
  String target(DeadLetter letter) {
    return letter.originTopic().orElse(settings.topics().raw().name());
  }

  private int send(KafkaProducer<byte[], byte[]> producer, List<DeadLetter> batch) {
    if (batch.isEmpty()) {
      return 0;
    }
    producer.beginTransaction();
    try {
      for (DeadLetter letter : batch) {
        producer.send(
            new ProducerRecord<>(
                target(letter),
                null,
                letter.record().key(),
                letter.record().value(),
                originalHeaders(letter)));
        String entry =
            Json.line(Map.of("to", target(letter), "replayed", Instant.now().toString()));
        producer.send(
            new ProducerRecord<>(
                ledgerTopic,
                letter.coordinates().getBytes(StandardCharsets.UTF_8),
                entry.getBytes(StandardCharsets.UTF_8)));
      }
      producer.commitTransaction();
    } catch (RuntimeException e) {
      abortQuietly(producer);
      throw e;
    }
    int sent = batch.size();
    batch.clear();
    return sent;
  }

  /** The headers the record had before it failed: the dead-letter ones go, the rest stay. */
  private static RecordHeaders originalHeaders(DeadLetter letter) {
    RecordHeaders headers = new RecordHeaders();
    for (Header header : letter.record().headers()) {
      if (!header.key().startsWith("newsflow.dlq.")) {
        headers.add(header);
      }
    }
    headers.add(REPLAYED_FROM, letter.coordinates().getBytes(StandardCharsets.UTF_8));
    return headers;
  }

  private KafkaProducer<byte[], byte[]> transactionalProducer(Duration timeout) {
    return new KafkaProducer<>(
        settings.properties(
            Map.of(
                ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                "newsflow-dlq-replay-" + deadLetterTopic,
                ProducerConfig.CLIENT_ID_CONFIG,
                "newsflow-dlq-replay",
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                (int) timeout.toMillis(),
                // a letter holds what failed, up to the topics' 8 MiB
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                8 * 1024 * 1024)),
        new ByteArraySerializer(),
        new ByteArraySerializer());
  }

  /** The ledger: compacted, so it keeps one entry per letter for as long as it is needed. */
  private void createLedger(Duration timeout) {
    Admin admin = KafkaProbe.createAdmin(settings, timeout);
    try {
      NewTopic ledger =
          new NewTopic(ledgerTopic, Optional.of(1), Optional.empty())
              .configs(
                  Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
      admin.createTopics(List.of(ledger)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new DeadLetterException(
            "cannot create the replay ledger "
                + ledgerTopic
                + " on "
                + settings.bootstrapServers()
                + ": "
                + e.getCause().getMessage(),
            e.getCause());
      }
    } catch (TimeoutException e) {
      throw KafkaProbe.failure(
          settings, timeout, new org.apache.kafka.common.errors.TimeoutException(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeadLetterException("interrupted while creating " + ledgerTopic, e);
    } finally {
      admin.close(Duration.ofSeconds(2));
    }
  }

  private static void abortQuietly(KafkaProducer<byte[], byte[]> producer) {
    try {
      producer.abortTransaction();
    } catch (RuntimeException ignored) {
      // fenced or broken: the transaction is aborted by the broker anyway
    }
  }
}
