package io.newsflow.common.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.metrics.PipelineMetrics;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.IntegerSerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * Errors that escape a processor, a deserializer or the producer become dead letters, and the
 * stream goes on.
 */
class DeadLetterHandlersTest {

  @Test
  void processingAndDeserializationErrorsAreDeadLetteredWithTheirOrigin() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream("in", Consumed.with(Serdes.String(), Serdes.Integer()))
        .mapValues(
            v -> {
              if (v == 13) {
                throw new IllegalArgumentException("thirteen is unlucky");
              }
              return v * 2;
            })
        .to("out", Produced.with(Serdes.String(), Serdes.Integer()));
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "handlers-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.putAll(DeadLetterHandlers.config("dlq", new PipelineMetrics(registry)));

    try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
      TestInputTopic<String, Integer> in =
          driver.createInputTopic("in", new StringSerializer(), new IntegerSerializer());
      TestInputTopic<String, String> wrongType =
          driver.createInputTopic("in", new StringSerializer(), new StringSerializer());
      TestOutputTopic<String, Integer> out =
          driver.createOutputTopic(
              "out", new StringDeserializer(), Serdes.Integer().deserializer());
      TestOutputTopic<byte[], byte[]> dlq =
          driver.createOutputTopic("dlq", new ByteArrayDeserializer(), new ByteArrayDeserializer());

      in.pipeInput("a", 1);
      in.pipeInput("b", 13);
      wrongType.pipeInput("c", "five bytes, not four"); // not an integer: the deserializer fails
      in.pipeInput("d", 2);

      assertThat(out.readValuesToList()).containsExactly(2, 4);
      var letters = dlq.readRecordsToList();
      assertThat(letters).hasSize(2);
      TestRecord<byte[], byte[]> processing = letters.get(0);
      assertThat(new String(processing.key(), StandardCharsets.UTF_8)).isEqualTo("b");
      assertThat(DeadLetters.header(processing.headers(), DeadLetters.STAGE))
          .isEqualTo(DeadLetterHandlers.PROCESSING);
      assertThat(DeadLetters.header(processing.headers(), DeadLetters.REASON))
          .contains("thirteen is unlucky");
      assertThat(DeadLetters.header(processing.headers(), DeadLetters.SOURCE_OFFSET))
          .isEqualTo("1");
      TestRecord<byte[], byte[]> deserialization = letters.get(1);
      assertThat(new String(deserialization.value(), StandardCharsets.UTF_8))
          .isEqualTo("five bytes, not four");
      assertThat(new String(deserialization.key(), StandardCharsets.UTF_8)).isEqualTo("c");
      assertThat(DeadLetters.header(deserialization.headers(), DeadLetters.STAGE))
          .isEqualTo(DeadLetterHandlers.DESERIALIZATION);
      assertThat(DeadLetters.header(deserialization.headers(), DeadLetters.REASON))
          .startsWith("SerializationException");
      assertThat(DeadLetters.header(deserialization.headers(), DeadLetters.SOURCE_TOPIC))
          .isEqualTo("in");
      assertThat(DeadLetters.header(deserialization.headers(), DeadLetters.SOURCE_OFFSET))
          .isEqualTo("2");
      assertThat(registry.find("newsflow.dead.letters").counters()).hasSize(2);
      assertThat(
              registry
                  .counter(
                      "newsflow.dead.letters",
                      "stage",
                      "deserialization",
                      "reason",
                      "SerializationException")
                  .count())
          .isEqualTo(1.0);
    }
  }

  /** What Kafka Streams tells a handler about the record at hand. */
  private record Context(
      String topic,
      int partition,
      long offset,
      Headers headers,
      String processorNodeId,
      TaskId taskId,
      long timestamp,
      byte[] sourceRawKey,
      byte[] sourceRawValue)
      implements ErrorHandlerContext {}

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static DeadLetterHandlers handlers(SimpleMeterRegistry registry) {
    DeadLetterHandlers handlers = new DeadLetterHandlers();
    handlers.configure(DeadLetterHandlers.config("dlq", new PipelineMetrics(registry)));
    return handlers;
  }

  /** The context of an input read from news.raw, with a header of its own. */
  private static Context readFromRaw(byte[] rawKey, byte[] rawValue) {
    Headers headers = new RecordHeaders().add("trace", bytes("t-1"));
    return new Context(
        "news.raw", 2, 41, headers, "write-enriched", new TaskId(1, 2), 1_000L, rawKey, rawValue);
  }

  @Test
  void aRecordTheProducerRefusesIsDeadLetteredAsItselfForTheTopicItWasBoundFor() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    Headers own = new RecordHeaders().add("trace", bytes("t-9"));
    ProducerRecord<byte[], byte[]> refused =
        new ProducerRecord<>(
            "news.enriched", null, bytes("a9"), bytes("{\"id\":\"a9\",\"body\":\"...\"}"), own);
    // Kafka frees the input's bytes before it sends; the context may name another record
    Context elsewhere = readFromRaw(bytes("other"), bytes("{\"id\":\"other\"}"));

    ProductionExceptionHandler.Response response =
        handlers(registry)
            .handleError(
                elsewhere, refused, new RecordTooLargeException("too large for the topic"));

    assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
    assertThat(response.deadLetterQueueRecords()).hasSize(1);
    ProducerRecord<byte[], byte[]> letter = response.deadLetterQueueRecords().get(0);
    assertThat(letter.topic()).isEqualTo("dlq");
    assertThat(letter.key()).isEqualTo(bytes("a9"));
    assertThat(letter.value()).isEqualTo(refused.value());
    assertThat(DeadLetters.header(letter.headers(), "trace")).isEqualTo("t-9");
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.STAGE))
        .isEqualTo(DeadLetterHandlers.PRODUCTION);
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.REASON))
        .isEqualTo("RecordTooLargeException: too large for the topic");
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.SOURCE_TOPIC))
        .isEqualTo("news.enriched");
    assertThat(letter.headers().lastHeader(DeadLetters.SOURCE_OFFSET)).isNull();
    assertThat(
            registry
                .counter(
                    "newsflow.dead.letters",
                    "stage",
                    "production",
                    "reason",
                    "RecordTooLargeException")
                .count())
        .isEqualTo(1.0);
  }

  @Test
  void aRetriableProductionErrorIsRetriedNotDeadLettered() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    ProducerRecord<byte[], byte[]> record =
        new ProducerRecord<>("news.enriched", bytes("a1"), bytes("{}"));

    ProductionExceptionHandler.Response response =
        handlers(registry)
            .handleError(readFromRaw(null, null), record, new TimeoutException("no leader yet"));

    assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.RETRY);
    assertThat(response.deadLetterQueueRecords()).isEmpty();
    assertThat(registry.find("newsflow.dead.letters").counters()).isEmpty();
  }

  @Test
  void aValueThatCannotBeSerializedIsDeadLetteredAsTheInputThatMadeIt() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    // serialization runs on the stream thread, before the send: the context is the input's
    Context input = readFromRaw(bytes("a2"), bytes("{\"id\":\"a2\"}"));
    ProducerRecord<Object, Object> unserializable =
        new ProducerRecord<>("news.enriched", "a2", new Object());

    ProductionExceptionHandler.Response response =
        handlers(registry)
            .handleSerializationError(
                input,
                unserializable,
                new SerializationException("cannot write an Object"),
                ProductionExceptionHandler.SerializationExceptionOrigin.VALUE);

    assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
    ProducerRecord<byte[], byte[]> letter = response.deadLetterQueueRecords().get(0);
    assertThat(letter.topic()).isEqualTo("dlq");
    assertThat(letter.key()).isEqualTo(bytes("a2"));
    assertThat(letter.value()).isEqualTo(bytes("{\"id\":\"a2\"}"));
    assertThat(DeadLetters.header(letter.headers(), "trace")).isEqualTo("t-1");
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.STAGE))
        .isEqualTo(DeadLetterHandlers.PRODUCTION);
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.REASON))
        .contains("cannot write an Object");
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.SOURCE_TOPIC))
        .isEqualTo("news.raw");
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.SOURCE_PARTITION)).isEqualTo("2");
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.SOURCE_OFFSET)).isEqualTo("41");
    assertThat(
            registry
                .counter(
                    "newsflow.dead.letters",
                    "stage",
                    "production",
                    "reason",
                    "SerializationException")
                .count())
        .isEqualTo(1.0);
  }

  @Test
  void aValueThatCannotBeDeserializedIsDeadLetteredAsItsBytes() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    ConsumerRecord<byte[], byte[]> record =
        new ConsumerRecord<>("news.raw", 2, 41, bytes("a3"), bytes("not json"));

    DeserializationExceptionHandler.Response response =
        handlers(registry)
            .handleError(
                readFromRaw(null, null),
                record,
                new SerializationException("unexpected character"));

    assertThat(response.result()).isEqualTo(DeserializationExceptionHandler.Result.RESUME);
    ProducerRecord<byte[], byte[]> letter = response.deadLetterQueueRecords().get(0);
    assertThat(letter.key()).isEqualTo(bytes("a3"));
    assertThat(letter.value()).isEqualTo(bytes("not json"));
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.STAGE))
        .isEqualTo(DeadLetterHandlers.DESERIALIZATION);
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.SOURCE_OFFSET)).isEqualTo("41");
    assertThat(
            registry
                .counter(
                    "newsflow.dead.letters",
                    "stage",
                    "deserialization",
                    "reason",
                    "SerializationException")
                .count())
        .isEqualTo(1.0);
  }
}
