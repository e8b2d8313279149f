package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.article.Article;
import io.newsflow.common.kafka.DeadLetters;
import io.newsflow.common.kafka.Topics;
import io.newsflow.common.metrics.PipelineMetrics;
import io.newsflow.ingest.format.ArticleReader;
import io.newsflow.ingest.format.ReadLimits;
import io.newsflow.ingest.source.FolderSource;
import io.newsflow.ingest.source.Receipt;
import io.newsflow.ingest.source.SourceItem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What would be sent, checked on Kafka's own MockProducer; the real broker test lives in app. */
class IngestorTest {
  private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");

  private final Topics topics = Topics.defaults();
  private final MockProducer<byte[], byte[]> producer =
      new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final ArticleReader reader =
      new ArticleReader(ReadLimits.ofItemBytes(1_000), Clock.fixed(NOW, ZoneOffset.UTC));
  private final Ingestor ingestor =
      new Ingestor(topics, producer, reader, new PipelineMetrics(registry));

  @Test
  void articlesGoToTheRawTopicKeyedByIdAndGarbageToTheDeadLetters() {
    Receipt receipt =
        ingestor.accept(
            item(
                "feed.jsonl",
                """
            {"id": "a-1", "headline": "One", "body": "First."}
            {"headline": "Two", "body": "Second."}
            {"headline": "Three", "body": "Thi
            """));
    IngestSummary summary = ingestor.flush();

    assertThat(summary.toString()).isEqualTo("produced 2, rejected 1");
    assertThat(receipt.ids()).hasSize(2).startsWith("a-1");
    assertThat(receipt.rejections())
        .singleElement()
        .asString()
        .startsWith("unreadable: json lines: line 3: ");

    List<ProducerRecord<byte[], byte[]>> raw = sentTo(topics.raw().name());
    assertThat(raw).hasSize(2);
    assertThat(new String(raw.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("a-1");
    Article first =
        topics
            .raw()
            .valueSerde()
            .deserializer()
            .deserialize(topics.raw().name(), raw.get(0).value());
    assertThat(first.headline()).isEqualTo("One");
    assertThat(first.source()).isEqualTo("feed.jsonl");
    assertThat(first.received()).isEqualTo(NOW);
    Article second =
        topics
            .raw()
            .valueSerde()
            .deserializer()
            .deserialize(topics.raw().name(), raw.get(1).value());
    assertThat(new String(raw.get(1).key(), StandardCharsets.UTF_8))
        .isEqualTo(second.id())
        .startsWith("sha256-");

    ProducerRecord<byte[], byte[]> dead = sentTo(topics.deadLetters().name()).get(0);
    assertThat(new String(dead.value(), StandardCharsets.UTF_8))
        .isEqualTo("{\"headline\": \"Three\", \"body\": \"Thi");
    assertThat(DeadLetters.header(dead.headers(), DeadLetters.STAGE)).isEqualTo("ingest");
    assertThat(DeadLetters.header(dead.headers(), DeadLetters.REASON))
        .startsWith("json lines: line 3: ");
    assertThat(DeadLetters.header(dead.headers(), DeadLetters.SOURCE)).isEqualTo("/in/feed.jsonl");
    assertThat(DeadLetters.header(dead.headers(), Ingestor.REASON_LABEL_HEADER))
        .isEqualTo("unreadable");

    assertThat(registry.get(PipelineMetrics.INGESTED).tag("source", "file").counter().count())
        .isEqualTo(2);
    assertThat(
            registry
                .get(PipelineMetrics.REJECTED)
                .tags("source", "file", "reason", "unreadable")
                .counter()
                .count())
        .isEqualTo(1);
    assertThat(
            registry
                .get(PipelineMetrics.DEAD_LETTERS)
                .tags("stage", "ingest", "reason", "unreadable")
                .counter()
                .count())
        .isEqualTo(1);
  }

  @Test
  void tooLargeInputIsDeadLetteredWithItsHeadAndSize() {
    String big = "Headline\n\n" + "word ".repeat(400); // 2,010 bytes > 1,000
    ingestor.accept(item("big.txt", big));
    assertThat(ingestor.flush().toString()).isEqualTo("produced 0, rejected 1");
    ProducerRecord<byte[], byte[]> dead = sentTo(topics.deadLetters().name()).get(0);
    assertThat(DeadLetters.header(dead.headers(), DeadLetters.REASON))
        .isEqualTo("too large: 2 KB > limit 1000 bytes");
    assertThat(DeadLetters.header(dead.headers(), Ingestor.REASON_LABEL_HEADER))
        .isEqualTo("too_large");
    assertThat(DeadLetters.header(dead.headers(), Ingestor.ORIGINAL_SIZE_HEADER)).isEqualTo("2010");
    assertThat(dead.value()).hasSize(1_000);
    assertThat(registry.get(PipelineMetrics.REJECTED).tag("reason", "too_large").counter().count())
        .isEqualTo(1);
  }

  @Test
  void unchangedRepeatsFromEndlessSourcesAreSkipped() {
    SourceItem feed =
        item("feed.json", "{\"id\": \"x\", \"headline\": \"Same\", \"body\": \"Same.\"}");
    ingestor.accept(feed, true);
    ingestor.accept(feed, true);
    ingestor.accept(
        item("feed.json", "{\"id\": \"x\", \"headline\": \"Same\", \"body\": \"Updated.\"}"), true);
    IngestSummary summary = ingestor.flush();
    assertThat(summary.produced()).isEqualTo(2);
    assertThat(summary.duplicates()).isEqualTo(1);
  }

  @Test
  void failedSendsAreCountedNotProduced() {
    MockProducer<byte[], byte[]> manual =
        new MockProducer<>(false, null, new ByteArraySerializer(), new ByteArraySerializer());
    Ingestor failing = new Ingestor(topics, manual, reader, new PipelineMetrics(registry));
    failing.accept(item("a.txt", "Headline\n\nBody."));
    manual.errorNext(new org.apache.kafka.common.errors.TimeoutException("broker gone"));
    IngestSummary summary = failing.summary();
    assertThat(summary.produced()).isZero();
    assertThat(summary.failed()).isEqualTo(1);
    assertThat(failing.firstFailure()).hasMessage("broker gone");
  }

  @Test
  void aFolderRunsThroughTheServiceToASummary(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("a.txt"), "Alpha\n\nFirst story.");
    Files.writeString(
        folder.resolve("b.json"), "{\"headline\": \"Beta\", \"body\": \"Second story.\"}");
    Files.writeString(folder.resolve("c.json"), "{\"headline\": \"Broken\"");
    Files.writeString(folder.resolve(".hidden.txt"), "Hidden\n\nNot read.");
    try (IngestService service =
        new IngestService(ingestor, List.of(new FolderSource(folder, false, reader.limits())))) {
      assertThat(service.endless()).isFalse();
      IngestSummary summary = service.awaitCompletion();
      assertThat(summary.toString()).isEqualTo("produced 2, rejected 1");
      assertThat(service.errors()).isEmpty();
      assertThat(service.health().ready()).isTrue();
    }
    assertThat(producer.closed()).isTrue();
  }

  @Test
  void producerSettingsAreIdempotentAndCompressed() {
    Map<String, Object> defaults = Ingestor.producerDefaults();
    assertThat(defaults)
        .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
        .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
        .containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
  }

  @Test
  void theRealProducerAcceptsTheseSettings() {
    // builds a real KafkaProducer (its config validation runs) without sending anything
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    try (Ingestor real =
        new Ingestor(
            io.newsflow.common.kafka.KafkaSettings.local("127.0.0.1:9"),
            reader,
            new PipelineMetrics(meters))) {
      assertThat(real.summary().toString()).isEqualTo("produced 0, rejected 0");
    }
  }

  private List<ProducerRecord<byte[], byte[]>> sentTo(String topic) {
    return producer.history().stream().filter(r -> r.topic().equals(topic)).toList();
  }

  private static SourceItem item(String name, String text) {
    return new SourceItem(name, "/in/" + name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theSourceLabelIsTheKindOfSourceSoItsSeriesStayFew() {
    byte[] none = new byte[0];
    assertThat(
            Ingestor.sourceKind(
                new io.newsflow.ingest.source.SourceItem("stdin", "stdin line 3", none)))
        .isEqualTo("stdin");
    assertThat(
            Ingestor.sourceKind(
                new io.newsflow.ingest.source.SourceItem(
                    "https://example.org/rss", "https://example.org/rss", none)))
        .isEqualTo("feed");
    assertThat(
            Ingestor.sourceKind(
                new io.newsflow.ingest.source.SourceItem("http:8088", "127.0.0.1:50312", none)))
        .isEqualTo("push");
    assertThat(
            Ingestor.sourceKind(
                new io.newsflow.ingest.source.SourceItem("demo:samples", "demo:01.txt", none)))
        .isEqualTo("demo");
    assertThat(
            Ingestor.sourceKind(
                new io.newsflow.ingest.source.SourceItem("a.txt", "/in/a.txt", none)))
        .isEqualTo("file");
  }
}
