package io.newsflow.app.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.common.json.Json;
import io.newsflow.common.kafka.KafkaSettings;
import io.newsflow.common.kafka.StreamsService;
import io.newsflow.common.metrics.PipelineMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The ceiling the pipeline is measured against: the least a Kafka Streams application that reads
 * articles can do. It reads each raw article, parses its JSON, adds one field and writes it, with
 * newsflow's Streams settings, the same processing guarantee and as many stream threads as enrich.
 */
final class PassThrough {
  /** The field it adds: when the article passed. */
  static final String FIELD = "passedThrough";

  private PassThrough() {}

  /** The application reading {@code input} and writing {@code output}, ready to start. */
  static StreamsService create(
      KafkaSettings kafka,
      String applicationId,
      String processingGuarantee,
      int threads,
      Path stateDir,
      String input,
      String output,
      MeterRegistry registry) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(input, Consumed.with(Serdes.String(), Serdes.ByteArray()))
        .mapValues(PassThrough::touch)
        .to(output, Produced.with(Serdes.String(), Serdes.ByteArray()));
    PipelineMetrics metrics = new PipelineMetrics(registry);
    return new StreamsService(
        "pass-through",
        builder.build(),
        StreamsService.properties(
            kafka,
            applicationId,
            processingGuarantee,
            stateDir,
            Map.of(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads),
            metrics),
        registry);
  }

  /** The article with {@link #FIELD} added; what is not a JSON object goes to the dead letters. */
  static byte[] touch(byte[] json) {
    try {
      ObjectNode article = (ObjectNode) Json.treeReader().readValue(json);
      article.put(FIELD, Instant.now().toString());
      return Json.writer().writeValueAsBytes(article);
    } catch (IOException e) {
      throw new UncheckedIOException("not an article: " + e.getMessage(), e);
    }
  }
}
