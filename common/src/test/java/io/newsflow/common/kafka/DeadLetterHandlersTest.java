package io.newsflow.common.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.metrics.PipelineMetrics;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
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
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/** Errors that escape a processor or a deserializer become dead letters, and the stream goes on. */
class DeadLetterHandlersTest {

  @Test
  void processingAndDeserializationErrorsAreDeadLetteredWithTheirOrigin() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream("in", Consumed.with(Serdes.String(), Serdes.Integer()))
        .mapValues(v -> {
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
      TestInputTopic<String, Integer> in = driver.createInputTopic("in", new StringSerializer(), new IntegerSerializer());
      TestInputTopic<String, String> wrongType = driver.createInputTopic("in", new StringSerializer(), new StringSerializer());
      TestOutputTopic<String, Integer> out = driver.createOutputTopic("out", new StringDeserializer(),
          Serdes.Integer().deserializer());
      TestOutputTopic<byte[], byte[]> dlq = driver.createOutputTopic("dlq", new ByteArrayDeserializer(), new ByteArrayDeserializer());

      in.pipeInput("a", 1);
      in.pipeInput("b", 13);
      wrongType.pipeInput("c", "five bytes, not four"); // not an integer: the deserializer fails
      in.pipeInput("d", 2);

      assertThat(out.readValuesToList()).containsExactly(2, 4);
      var letters = dlq.readRecordsToList();
      assertThat(letters).hasSize(2);
      TestRecord<byte[], byte[]> processing = letters.get(0);
      assertThat(new String(processing.key(), StandardCharsets.UTF_8)).isEqualTo("b");
      assertThat(DeadLetters.header(processing.headers(), DeadLetters.STAGE)).isEqualTo(DeadLetterHandlers.PROCESSING);
      assertThat(DeadLetters.header(processing.headers(), DeadLetters.REASON)).contains("thirteen is unlucky");
      assertThat(DeadLetters.header(processing.headers(), DeadLetters.SOURCE_OFFSET)).isEqualTo("1");
      TestRecord<byte[], byte[]> deserialization = letters.get(1);
      assertThat(new String(deserialization.value(), StandardCharsets.UTF_8)).isEqualTo("five bytes, not four");
      assertThat(DeadLetters.header(deserialization.headers(), DeadLetters.STAGE))
          .isEqualTo(DeadLetterHandlers.DESERIALIZATION);
      assertThat(registry.find("newsflow.dead.letters").counters()).hasSize(2);
    }
  }
}
