package io.newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.kafka.Topics;
import io.newsflow.common.metrics.PipelineMetrics;
import io.newsflow.ingest.Ingestor;
import io.newsflow.ingest.format.ArticleReader;
import io.newsflow.ingest.format.ReadLimits;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds polled over real HTTP from a server of the test's own, into the real ingestor; Kafka is its
 * MockProducer, acknowledging at once (the broker test is {@code FeedRestartIT} in app).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FeedPollerTest {
  private static final Duration FAST = Duration.ofMillis(50);
  private static final FeedSettings SETTINGS = FeedSettings.defaults();

  @Test
  void anUnchangedFeedIsAnswered304AndNothingIsSentAgain() throws Exception {
    try (FeedServer server = new FeedServer(true)) {
      server.add("a", "Alpha");
      server.add("b", "Beta");
      Kafka kafka = new Kafka();
      try (Polling polling = new Polling(List.of(new Feed(server.url(), FAST)), kafka, null)) {
        waitFor(() -> server.answered(304) >= 3);
        assertThat(kafka.rawKeys()).containsExactlyInAnyOrder("a", "b");
        server.add("c", "Gamma");
        waitFor(() -> kafka.rawKeys().size() == 3);
        long before = server.answered(304);
        waitFor(() -> server.answered(304) >= before + 3);
      }
      assertThat(kafka.rawKeys()).containsExactlyInAnyOrder("a", "b", "c");
      assertThat(server.answered(200)).isEqualTo(2);
      List<FeedServer.Request> requests = server.requests();
      assertThat(requests.get(0).ifNoneMatch()).isNull();
      assertThat(requests.subList(1, requests.size()))
          .allSatisfy(r -> assertThat(r.ifNoneMatch()).startsWith("\"v"));
    }
  }

  @Test
  void aRestartWithTheSameStateSendsNothingTwice(@TempDir Path tmp) throws Exception {
    Path state = tmp.resolve("state");
    try (FeedServer server = new FeedServer(false)) { // no validators: only the ids can tell
      server.add("a", "Alpha");
      server.add("b", "Beta");
      List<Feed> feeds = List.of(new Feed(server.url(), FAST));

      Kafka first = new Kafka();
      try (Polling polling = new Polling(feeds, first, state)) {
        waitFor(() -> first.rawKeys().size() == 2);
      }

      Kafka second = new Kafka();
      try (Polling polling = new Polling(feeds, second, state)) {
        int before = server.requests().size();
        waitFor(() -> server.requests().size() >= before + 5);
        assertThat(second.rawKeys()).as("nothing sent again after the restart").isEmpty();
        server.add("c", "Gamma");
        waitFor(() -> second.rawKeys().size() == 1);
      }
      assertThat(second.rawKeys()).containsExactly("c");
      try (Stream<Path> files = Files.list(state)) {
        assertThat(files.map(f -> f.getFileName().toString()))
            .singleElement()
            .asString()
            .matches("feed-[0-9a-f]{24}\\.json");
      }

      Kafka forgetful = new Kafka();
      try (Polling polling = new Polling(feeds, forgetful, tmp.resolve("other"))) {
        waitFor(() -> forgetful.rawKeys().size() == 3);
      }
      assertThat(forgetful.rawKeys()).as("another state folder knows nothing").hasSize(3);
    }
  }

  @Test
  void aFailingFeedIsTriedLessAndLessOftenThenAsUsualOnceItAnswers() throws Exception {
    Duration interval = Duration.ofMillis(100);
    try (FeedServer server = new FeedServer(false)) {
      server.add("a", "Alpha");
      server.failWith(503);
      Kafka kafka = new Kafka();
      try (Polling polling = new Polling(List.of(new Feed(server.url(), interval)), kafka, null)) {
        waitFor(() -> server.requests().size() >= 5);
        List<Long> gaps = gapsMillis(server.requests());
        // after failure n the wait is in [interval * 2^n / 2, interval * 2^n]: 100-200, 200-400...
        assertThat(gaps.subList(0, 4))
            .as("waits between failing requests, ms")
            .isSortedAccordingTo(Long::compare)
            .satisfies(g -> assertThat(g.get(3)).isGreaterThan(3 * g.get(0)));
        assertThat(gaps.get(3)).isBetween(800L, 1_600L + 300L);
        assertThat(kafka.rawKeys()).isEmpty();

        server.failWith(0);
        waitFor(() -> server.answered(200) >= 4);
        List<FeedServer.Request> requests = server.requests();
        List<Long> after = gapsMillis(requests.subList(requests.size() - 3, requests.size()));
        assertThat(after)
            .as("back to the interval, ms")
            .allSatisfy(g -> assertThat(g).isLessThan(400));
      }
      assertThat(kafka.rawKeys()).containsExactly("a");
    }
  }

  @Test
  void aFeedThatNeverAnswersDelaysNoOther() throws Exception {
    // a listening socket nobody accepts from: connections succeed, no byte ever comes back
    try (ServerSocket silent = new ServerSocket(0);
        FeedServer server = new FeedServer(true)) {
      server.add("a", "Alpha");
      URI hung = URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/feed.xml");
      Kafka kafka = new Kafka();
      long start = System.nanoTime();
      try (Polling polling =
          new Polling(
              List.of(new Feed(hung, FAST), new Feed(server.url(), FAST)),
              kafka,
              null,
              SETTINGS.withTimeout(Duration.ofSeconds(20)))) {
        waitFor(() -> server.requests().size() >= 20);
      }
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .as("20 polls of the good feed and a stop, while the other hangs for 20 s")
          .isLessThan(Duration.ofSeconds(10));
      assertThat(kafka.rawKeys()).containsExactly("a");
    }
  }

  private static List<Long> gapsMillis(List<FeedServer.Request> requests) {
    List<Long> gaps = new ArrayList<>();
    for (int i = 1; i < requests.size(); i++) {
      gaps.add(
          TimeUnit.NANOSECONDS.toMillis(requests.get(i).nanos() - requests.get(i - 1).nanos()));
    }
    return gaps;
  }

  /** The real ingestor on Kafka's MockProducer, acknowledging every send at once. */
  private static final class Kafka {
    final MockProducer<byte[], byte[]> producer =
        new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    final Ingestor ingestor =
        new Ingestor(
            Topics.defaults(),
            producer,
            new ArticleReader(ReadLimits.defaults(), Clock.systemUTC()),
            new PipelineMetrics(new SimpleMeterRegistry()));

    List<String> rawKeys() {
      return producer.history().stream()
          .filter(r -> r.topic().equals(Topics.defaults().raw().name()))
          .map(r -> new String(r.key(), StandardCharsets.UTF_8))
          .toList();
    }
  }

  /** A poller running on a thread of its own until closed. */
  private static final class Polling implements AutoCloseable {
    private final FeedPoller poller;
    private final Thread thread;

    Polling(List<Feed> feeds, Kafka kafka, Path state) {
      this(feeds, kafka, state, SETTINGS);
    }

    Polling(List<Feed> feeds, Kafka kafka, Path state, FeedSettings settings) {
      FeedStates states = state == null ? FeedStates.inMemory() : new FeedStateFiles(state);
      poller = new FeedPoller(feeds, states, settings, ReadLimits.defaults());
      thread =
          new Thread(
              () -> {
                try {
                  poller.run(kafka.ingestor.skippingRepeats());
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
      thread.start();
    }

    @Override
    public void close() throws InterruptedException {
      poller.close();
      thread.join(5_000);
      assertThat(thread.isAlive()).as("the poller stopped").isFalse();
    }
  }

  private static void waitFor(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met in 10 s");
      }
      Thread.sleep(10);
    }
  }
}
