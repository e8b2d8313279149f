package io.newsflow.app.subscribe;

import static io.newsflow.app.subscribe.TestArticles.article;
import static io.newsflow.app.subscribe.TestArticles.entity;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.app.broker.EmbeddedBroker;
import io.newsflow.app.kafka.TopicSetup;
import io.newsflow.app.run.ServiceHost;
import io.newsflow.app.subscribe.EventStream.Event;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.EntityType;
import io.newsflow.common.config.Config;
import io.newsflow.common.http.HttpEndpoint;
import io.newsflow.common.http.HttpSettings;
import io.newsflow.common.json.Json;
import io.newsflow.common.kafka.KafkaSettings;
import io.newsflow.common.metrics.Registries;
import io.newsflow.sink.SinkService;
import io.newsflow.sink.SinkSettings;
import io.newsflow.sink.events.ArticleEvents;
import io.newsflow.sink.events.EventSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /subscribe} of the sink over real HTTP: enriched articles go through a real sink on an
 * embedded broker, and clients read the stream as browsers would.
 */
@Timeout(value = 40, unit = TimeUnit.SECONDS)
class ServerSentEventsIT {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final String UKRAINE_NEGATIVE = "/subscribe?entity=ukraine&sentiment=negative";

  @TempDir static Path tmp;
  private static EmbeddedBroker broker;
  private static ServiceHost host;
  private static KafkaSettings kafka;
  private static KafkaProducer<String, byte[]> producer;
  private static String url;

  @BeforeAll
  static void startBrokerAndSink() throws Exception {
    broker = EmbeddedBroker.start(0, tmp.resolve("broker"));
    Config config =
        new Config(
            Map.of(
                KafkaSettings.BOOTSTRAP_SERVERS,
                broker.bootstrapServers(),
                "newsflow.sink.application.id",
                "it-sink-" + UUID.randomUUID(),
                SinkSettings.STATE_DIR,
                tmp.resolve("sink").toString()),
            Map.of(),
            Map.of());
    kafka = KafkaSettings.from(config);
    new TopicSetup(kafka).createAll(3, (short) 1, Duration.ofSeconds(30));
    PrometheusMeterRegistry registry = Registries.prometheus("sink");
    host = new ServiceHost(registry, Duration.ofSeconds(10));
    host.start(SinkService.create(SinkSettings.from(config), registry, Clock.systemUTC()));
    ArticleEvents events =
        host.own(ArticleEvents.start(kafka, EventSettings.from(config), registry));
    url = "http://127.0.0.1:" + host.serve("127.0.0.1", 0, List.of(events.route()));
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
  }

  @AfterAll
  static void stopAll() {
    if (producer != null) {
      producer.close(Duration.ofSeconds(5));
    }
    if (host != null) {
      host.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void matchingArticlesComeLiveAndAReconnectGetsExactlyThoseAfterItsLastEvent() throws Exception {
    try (EventStream everything = EventStream.open(url + "/subscribe", null)) {
      everything.awaitComment("newsflow: live", WAIT);
      List<Event> first;
      try (EventStream ukraine = EventStream.open(url + UKRAINE_NEGATIVE, null)) {
        ukraine.awaitComment("newsflow: live", WAIT);
        enrich(
            ukraine("u1", -0.5),
            ukraine("p1", 0.5),
            article("r1", -0.5, entity("Russia", EntityType.LOCATION, "Russia")),
            ukraine("u2", -0.3),
            ukraine("u3", -0.8));
        everything.awaitEvents(5, WAIT); // so the stream has read all five
        first = ukraine.awaitEvents(3, WAIT);
        assertThat(ids(first)).containsExactlyInAnyOrder("u1", "u2", "u3");
        assertThat(ukraine.more(Duration.ofMillis(500))).isEmpty();
        for (Event event : first) {
          assertThat(event.dataLines()).isOne();
          assertThat(Json.tree(event.data()).get("id").asText()).isEqualTo(event.id());
        }
      }

      // missed while away: the third event (after the second, the id sent back) and u4
      enrich(ukraine("u4", -0.6), ukraine("p2", 0.9));
      everything.awaitEvents(2, WAIT);
      try (EventStream resumed = EventStream.open(url + UKRAINE_NEGATIVE, first.get(1).id())) {
        resumed.awaitComment("newsflow: resuming", WAIT);
        enrich(ukraine("u5", -0.7), ukraine("p3", 0.7));
        everything.awaitEvents(2, WAIT);
        List<Event> after = resumed.awaitEvents(3, WAIT);
        assertThat(ids(after)).containsExactlyInAnyOrder(first.get(2).id(), "u4", "u5");
        assertThat(resumed.more(Duration.ofMillis(500))).isEmpty();
      }
    }
  }

  @Test
  void anIdNoLongerKnownStartsLiveAndSaysSo() throws Exception {
    try (EventStream stream = EventStream.open(url + UKRAINE_NEGATIVE, "no-such-article")) {
      assertThat(stream.awaitComment("newsflow:", WAIT))
          .isEqualTo("newsflow: last event id not among the latest; live");
      enrich(ukraine("u9", -0.9));
      assertThat(ids(stream.awaitEvents(1, WAIT))).containsExactly("u9");
    }
  }

  @Test
  void aRestartedSinkResumesAfterArticlesItNeverSentItself() throws Exception {
    for (String id : List.of("w1", "w2", "w3")) {
      deliver(article(id, 0.0, entity("Wombat", EntityType.PERSON, "Wombat")));
    }
    producer.flush();
    EventSettings settings = new EventSettings(2, 100, 100, Duration.ofSeconds(15));
    try (ArticleEvents restarted = ArticleEvents.start(kafka, settings, new SimpleMeterRegistry());
        HttpEndpoint endpoint =
            HttpEndpoint.start("127.0.0.1", 0, HttpSettings.open(2), List.of(restarted.route()));
        EventStream stream =
            EventStream.open(
                "http://127.0.0.1:" + endpoint.port() + "/subscribe?entity=wombat", "w1")) {
      stream.awaitComment("newsflow: resuming", WAIT);
      assertThat(ids(stream.awaitEvents(2, WAIT))).containsExactlyInAnyOrder("w2", "w3");
      assertThat(stream.more(Duration.ofMillis(500))).isEmpty();
    }
  }

  @Test
  void aClientThatStopsReadingIsCutOffWithoutHoldingUpOthers() throws Exception {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    EventSettings tiny = new EventSettings(4, 2, 100, Duration.ofSeconds(15));
    try (ArticleEvents events = ArticleEvents.start(kafka, tiny, meters);
        HttpEndpoint endpoint =
            HttpEndpoint.start("127.0.0.1", 0, HttpSettings.open(2), List.of(events.route()));
        Socket stalled = new Socket()) {
      stalled.setReceiveBufferSize(2048);
      stalled.connect(new InetSocketAddress("127.0.0.1", endpoint.port()), 5000);
      OutputStream request = stalled.getOutputStream();
      request.write(
          "GET /subscribe?entity=Slowpoke HTTP/1.1\r\nHost: localhost\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      request.flush();
      awaitText(stalled.getInputStream(), "newsflow: live");
      // and reads no more: about 3 MB of matching articles fill every buffer on the way
      String body = "Slowpoke was seen again. ".repeat(2_000);
      for (int i = 0; i < 60; i++) {
        deliver(article("s" + i, body, 0.0, entity("Slowpoke", EntityType.PERSON, "Slowpoke")));
      }
      producer.flush();

      long end = System.nanoTime() + WAIT.toNanos();
      while (System.nanoTime() < end && gauge(meters, "newsflow.sse.clients") > 0) {
        Thread.sleep(100);
      }
      assertThat(meters.get("newsflow.sse.slow.disconnects").counter().count()).isOne();
      assertThat(gauge(meters, "newsflow.sse.clients")).as("its thread freed").isZero();
      try (EventStream next =
          EventStream.open(
              "http://127.0.0.1:" + endpoint.port() + "/subscribe?entity=slowpoke", null)) {
        next.awaitComment("newsflow: live", WAIT);
        deliver(article("s-last", 0.0, entity("Slowpoke", EntityType.PERSON, "Slowpoke")));
        producer.flush();
        // under load the stream may still be reading the sixty when this client joins: those
        // reach it first, live, and s-last follows them
        assertThat(ids(next.awaitEvent("s-last", WAIT)))
            .allMatch(id -> id.matches("s(\\d+|-last)"))
            .doesNotHaveDuplicates()
            .endsWith("s-last");
      }
    }
  }

  private static EnrichedArticle ukraine(String id, double score) {
    return article(id, score, entity("Ukraine", EntityType.LOCATION, "Ukraine"));
  }

  /** Through the sink: to the enriched topic, which it delivers downstream. */
  private static void enrich(EnrichedArticle... articles) {
    for (EnrichedArticle article : articles) {
      send(kafka.topics().enriched().name(), article);
    }
    producer.flush();
  }

  /** Straight to the downstream topic, as the sink would write it. */
  private static void deliver(EnrichedArticle article) {
    send(kafka.topics().downstream().name(), article);
  }

  private static void send(String topic, EnrichedArticle article) {
    producer.send(
        new ProducerRecord<>(
            topic, article.id(), Json.line(article).getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> ids(List<Event> events) {
    return events.stream().map(Event::id).toList();
  }

  private static double gauge(SimpleMeterRegistry meters, String name) {
    return meters.get(name).gauge().value();
  }

  private static void awaitText(InputStream in, String text) throws IOException {
    StringBuilder seen = new StringBuilder();
    while (seen.indexOf(text) < 0) {
      int b = in.read();
      if (b < 0) {
        throw new AssertionError("the stream ended before '" + text + "': " + seen);
      }
      seen.append((char) b);
    }
  }
}
