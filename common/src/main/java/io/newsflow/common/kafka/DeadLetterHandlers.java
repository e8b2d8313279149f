package io.newsflow.common.kafka;

import io.newsflow.common.metrics.PipelineMetrics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Streams' three error hooks, one answer: the record that failed goes to the dead-letter
 * topic as the original bytes, with the reason, the stage and where it was read (a record the
 * producer refused: as itself, naming the topic it was bound for), and the stream goes on. Under
 * {@code exactly_once_v2} a refused write still aborts the transaction: Kafka's producer allows no
 * other answer. Kafka Streams builds handlers from their class name, so the dead-letter topic and
 * the metrics arrive through the configuration ({@link #config}) rather than through a global.
 */
public final class DeadLetterHandlers
    implements ProcessingExceptionHandler,
        DeserializationExceptionHandler,
        ProductionExceptionHandler {
  public static final String PROCESSING = "processing";
  public static final String DESERIALIZATION = "deserialization";
  public static final String PRODUCTION = "production";

  /** Configuration keys this class reads. */
  public static final String TOPIC_CONFIG = "newsflow.dlq.topic";

  public static final String METRICS_CONFIG = "newsflow.dlq.metrics";

  private static final Logger log = LoggerFactory.getLogger(DeadLetterHandlers.class);

  private String topic = Topics.DEAD_LETTERS;
  private PipelineMetrics metrics;

  /** The entries to add to a Streams configuration so that its handlers can do their work. */
  public static Map<String, Object> config(String deadLetterTopic, PipelineMetrics metrics) {
    return Map.of(
        TOPIC_CONFIG,
        deadLetterTopic,
        METRICS_CONFIG,
        metrics,
        org.apache.kafka.streams.StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
        DeadLetterHandlers.class,
        org.apache.kafka.streams.StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG,
        true,
        org.apache.kafka.streams.StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        DeadLetterHandlers.class,
        org.apache.kafka.streams.StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG,
        DeadLetterHandlers.class);
  }

  @Override
  public void configure(Map<String, ?> configs) {
    Object name = configs.get(TOPIC_CONFIG);
    if (name != null) {
      topic = name.toString();
    }
    if (configs.get(METRICS_CONFIG) instanceof PipelineMetrics m) {
      metrics = m;
    }
  }

  @Override
  public ProcessingExceptionHandler.Response handleError(
      ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
    return ProcessingExceptionHandler.Response.resume(
        List.of(deadLetter(context, PROCESSING, exception, null, null)));
  }

  @Override
  public DeserializationExceptionHandler.Response handleError(
      ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
    return DeserializationExceptionHandler.Response.resume(
        List.of(deadLetter(context, DESERIALIZATION, exception, record.key(), record.value())));
  }

  /**
   * A record the producer could not write. The dead letter is that record itself, naming the topic
   * it was bound for (where a replay writes it), not the input the context names: Kafka Streams
   * frees the input's bytes before it sends, and reports a refusal from the producer's thread while
   * the stream thread may already be on another record, so the context may name that one.
   */
  @Override
  public ProductionExceptionHandler.Response handleError(
      ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
    if (exception instanceof org.apache.kafka.common.errors.RetriableException) {
      return ProductionExceptionHandler.Response.retry();
    }
    String reason = reason(exception);
    log.warn(
        "{} failed on a record for {}, sent to {}: {}", PRODUCTION, record.topic(), topic, reason);
    count(PRODUCTION, exception);
    return ProductionExceptionHandler.Response.resume(
        List.of(
            new ProducerRecord<>(
                topic,
                null,
                record.key(),
                record.value(),
                DeadLetters.unwritten(record.headers(), PRODUCTION, reason, record.topic()))));
  }

  @Override
  @SuppressWarnings("rawtypes")
  public ProductionExceptionHandler.Response handleSerializationError(
      ErrorHandlerContext context,
      ProducerRecord record,
      Exception exception,
      SerializationExceptionOrigin origin) {
    return ProductionExceptionHandler.Response.resume(
        List.of(deadLetter(context, PRODUCTION, exception, null, null)));
  }

  private ProducerRecord<byte[], byte[]> deadLetter(
      ErrorHandlerContext context, String stage, Exception exception, byte[] key, byte[] value) {
    String reason = reason(exception);
    log.warn(
        "{} failed on {}-{}@{}, sent to {}: {}",
        stage,
        context.topic(),
        context.partition(),
        context.offset(),
        topic,
        reason);
    count(stage, exception);
    // after a repartition the input is an internal topic: the origin headers name the raw record
    byte[] originKey = DeadLetters.originKey(context.headers());
    byte[] originalKey =
        originKey != null
            ? originKey
            : context.sourceRawKey() != null ? context.sourceRawKey() : key;
    byte[] originalValue = context.sourceRawValue() != null ? context.sourceRawValue() : value;
    RecordMetadata origin =
        DeadLetters.origin(context.headers(), Optional.empty()).orElse(contextOrigin(context));
    return new ProducerRecord<>(
        topic,
        null,
        originalKey,
        originalValue,
        DeadLetters.headers(
            context.headers(), stage, reason, origin.topic(), origin.partition(), origin.offset()));
  }

  private static RecordMetadata contextOrigin(ErrorHandlerContext context) {
    return new DeadLetters.Origin(context.topic(), context.partition(), context.offset());
  }

  private static String reason(Exception exception) {
    return exception.getClass().getSimpleName() + ": " + exception.getMessage();
  }

  private void count(String stage, Exception exception) {
    if (metrics != null) {
      metrics.deadLetter(stage, exception.getClass().getSimpleName());
    }
  }
}
