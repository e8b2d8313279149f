package io.newsflow.common.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.metrics.PipelineMetrics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.IntegerDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link DeadLetterBranch#split} on a small topology of its own: text in, a number out when the
 * text is a positive number, a dead letter otherwise.
 */
class DeadLetterBranchTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final PipelineMetrics metrics = new PipelineMetrics(registry);
  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> in;
  private TestOutputTopic<String, Integer> out;
  private TestOutputTopic<byte[], byte[]> dlq;

  /** The step under the seam: a number, or why the bytes are not one. */
  private static ProcessingResult<Integer> parse(byte[] bytes) {
    if (bytes == null) {
      return ProcessingResult.failure(null, "parse", "empty record");
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    try {
      return ProcessingResult.success(Integer.parseInt(text));
    } catch (NumberFormatException e) {
      return ProcessingResult.failure(bytes, "parse", "not a number: " + text);
    }
  }

  private void start(Topology topology) {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "dead-letter-branch-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.putAll(DeadLetterHandlers.config("dlq", metrics));
    driver = new TopologyTestDriver(topology, props);
    in = driver.createInputTopic("in", new StringSerializer(), new ByteArraySerializer());
    out = driver.createOutputTopic("out", new StringDeserializer(), new IntegerDeserializer());
    dlq = driver.createOutputTopic("dlq", new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  private void startOneSeam() {
    StreamsBuilder builder = new StreamsBuilder();
    KStream<String, ProcessingResult<Integer>> results =
        builder.stream("in", Consumed.with(Serdes.String(), Serdes.ByteArray()))
            .mapValues(DeadLetterBranchTest::parse, Named.as("parse"));
    DeadLetterBranch.split(results, "dlq", metrics, "parse")
        .to("out", Produced.with(Serdes.String(), Serdes.Integer()));
    start(builder.build());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private double deadLetters(String stage, String reason) {
    var counter =
        registry.find("newsflow.dead.letters").tag("stage", stage).tag("reason", reason).counter();
    return counter == null ? 0 : counter.count();
  }

  @Test
  void successesComeOutAsTheirValuesUnderTheirKeys() {
    startOneSeam();
    in.pipeInput("a", bytes("1"));
    in.pipeInput("b", bytes("22"));

    assertThat(out.readKeyValuesToList())
        .containsExactly(KeyValue.pair("a", 1), KeyValue.pair("b", 22));
    assertThat(dlq.isEmpty()).isTrue();
    assertThat(registry.find("newsflow.dead.letters").counters()).isEmpty();
  }

  @Test
  void aFailureLeavesAsItsOriginalBytesWithItsHeadersAndIsCounted() {
    startOneSeam();
    in.pipeInput("a", bytes("1"));
    RecordHeaders headers = new RecordHeaders();
    headers.add("trace", bytes("t-7"));
    in.pipeInput(
        new TestRecord<>("b", bytes("seven"), headers, Instant.parse("2026-12-01T10:00:00Z")));

    TestRecord<byte[], byte[]> letter = dlq.readRecord();
    assertThat(text(letter.key())).isEqualTo("b");
    assertThat(letter.value()).isEqualTo(bytes("seven"));
    assertThat(letter.timestamp()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z").toEpochMilli());
    assertThat(DeadLetters.header(letter.headers(), "trace"))
        .as("the record's own headers are kept")
        .isEqualTo("t-7");
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.STAGE)).isEqualTo("parse");
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.REASON))
        .isEqualTo("not a number: seven");
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.SOURCE_TOPIC)).isEqualTo("in");
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.SOURCE_PARTITION)).isEqualTo("0");
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.SOURCE_OFFSET)).isEqualTo("1");
    assertThat(dlq.isEmpty()).isTrue();
    assertThat(out.readValuesToList()).containsExactly(1);
    // counted under the reason's label, the part before its first colon
    assertThat(deadLetters("parse", "not a number")).isEqualTo(1.0);
  }

  @Test
  void aRecordWithoutAValueIsDeadLetteredNotDropped() {
    startOneSeam();
    in.pipeInput("gone", (byte[]) null);

    TestRecord<byte[], byte[]> letter = dlq.readRecord();
    assertThat(text(letter.key())).isEqualTo("gone");
    assertThat(letter.value()).isNull();
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.REASON)).isEqualTo("empty record");
    assertThat(out.isEmpty()).isTrue();
  }

  @Test
  void everyRecordTakesExactlyOneWayInItsOrder() {
    startOneSeam();
    for (int i = 0; i < 20; i++) {
      in.pipeInput("k" + i, bytes(i % 3 == 0 ? "x" + i : Integer.toString(i)));
    }

    List<KeyValue<String, Integer>> values = out.readKeyValuesToList();
    List<String> dead = dlq.readRecordsToList().stream().map(r -> text(r.key())).toList();
    assertThat(values)
        .extracting(kv -> kv.value)
        .containsExactly(1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19);
    assertThat(dead).containsExactly("k0", "k3", "k6", "k9", "k12", "k15", "k18");
    assertThat(deadLetters("parse", "not a number")).isEqualTo(7.0);
  }

  @Test
  void aStepThatForwardsNoResultHasItsRecordDeadLetteredByTheHandlers() {
    StreamsBuilder builder = new StreamsBuilder();
    KStream<String, ProcessingResult<Integer>> results =
        builder.stream("in", Consumed.with(Serdes.String(), Serdes.ByteArray()))
            .mapValues(bytes -> text(bytes).equals("bug") ? null : parse(bytes), Named.as("parse"));
    DeadLetterBranch.split(results, "dlq", metrics, "parse")
        .to("out", Produced.with(Serdes.String(), Serdes.Integer()));
    start(builder.build());

    in.pipeInput("a", bytes("bug"));
    in.pipeInput("b", bytes("2"));

    TestRecord<byte[], byte[]> letter = dlq.readRecord();
    assertThat(letter.value()).isEqualTo(bytes("bug"));
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.STAGE))
        .isEqualTo(DeadLetterHandlers.PROCESSING);
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.REASON))
        .contains("forwarded no result");
    assertThat(out.readValuesToList()).containsExactly(2);
  }

  @Test
  void twoSeamsInOneTopologyEachNameTheirOwnNodesAndStage() {
    StreamsBuilder builder = new StreamsBuilder();
    KStream<String, ProcessingResult<Integer>> parsed =
        builder.stream("in", Consumed.with(Serdes.String(), Serdes.ByteArray()))
            .mapValues(DeadLetterBranchTest::parse, Named.as("parse"));
    KStream<String, ProcessingResult<Integer>> checked =
        DeadLetterBranch.split(parsed, "dlq", metrics, "parse")
            .mapValues(
                n ->
                    n > 0
                        ? ProcessingResult.success(n)
                        : ProcessingResult.<Integer>failure(
                            bytes(Integer.toString(n)), "check", "not positive"),
                Named.as("check"));
    DeadLetterBranch.split(checked, "dlq", metrics, "check")
        .to("out", Produced.with(Serdes.String(), Serdes.Integer()));
    Topology topology = builder.build();
    start(topology);

    in.pipeInput("a", bytes("5"));
    in.pipeInput("b", bytes("-5"));
    in.pipeInput("c", bytes("five"));

    assertThat(out.readValuesToList()).containsExactly(5);
    List<TestRecord<byte[], byte[]>> letters = dlq.readRecordsToList();
    assertThat(letters)
        .extracting(l -> DeadLetters.header(l.headers(), DeadLetters.STAGE))
        .containsExactly("check", "parse");
    assertThat(DeadLetters.header(letters.get(0).headers(), DeadLetters.SOURCE_OFFSET))
        .isEqualTo("1");
    assertThat(topology.describe().toString())
        .contains("parse-succeeded", "parse-failed", "parse-dead-letters")
        .contains("check-succeeded", "check-failed", "check-dead-letters");
  }
}
