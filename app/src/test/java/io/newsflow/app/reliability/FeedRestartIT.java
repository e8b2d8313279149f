package io.newsflow.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.newsflow.app.PackagedCommandLine;
import io.newsflow.app.broker.BrokerPerClass;
import io.newsflow.app.reliability.NewsflowProcesses.Running;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code newsflow ingest} polling an OPML list of one feed served by the test, on the
 * embedded broker, stopped (SIGTERM) and started again on the same {@code --state-dir}: what
 * reached the raw topic is every item of the feed exactly once. The feed sends no validators, so
 * only the remembered ids can keep the second run from sending the items again.
 */
class FeedRestartIT {
  private static final String RAW = "feeds-test.raw";
  @RegisterExtension static final BrokerPerClass BROKER = new BrokerPerClass();

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aRestartedIngestSendsNoFeedItemTwice(@TempDir Path tmp) throws Exception {
    PackagedCommandLine.assumePackaged();
    List<String> items = new CopyOnWriteArrayList<>(List.of(item("a"), item("b")));
    AtomicInteger requests = new AtomicInteger();
    HttpServer feed = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    feed.createContext(
        "/rss",
        exchange -> {
          requests.incrementAndGet();
          byte[] body =
              ("<rss version=\"2.0\"><channel><title>T</title>"
                      + String.join("", items)
                      + "</channel></rss>")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    feed.start();
    Path opml =
        Files.writeString(
            tmp.resolve("feeds.opml"),
            "<opml version=\"2.0\"><body><outline text=\"News\"><outline text=\"T\" xmlUrl=\"http://127.0.0.1:"
                + feed.getAddress().getPort()
                + "/rss\" pollInterval=\"200ms\"/></outline></body></opml>");
    Path config =
        Files.write(
            tmp.resolve("feeds.properties"),
            List.of(
                "newsflow.bootstrap.servers=" + BROKER.bootstrapServers(),
                "newsflow.topic.raw=" + RAW,
                "newsflow.topic.dlq=feeds-test.dlq"));
    String[] ingest = {
      "ingest",
      "--config",
      config.toString(),
      "--from",
      opml.toString(),
      "--state-dir",
      tmp.resolve("state").toString(),
      "--poll-interval", // the default; the outline's own 200ms must win
      "1h",
      "--metrics-port",
      "0"
    };
    try (NewsflowProcesses processes = new NewsflowProcesses(tmp)) {
      Running first = processes.start("ingest-1", "160m", ingest);
      awaitTrue(() -> rawKeys().size() == 2, first);
      int seen = requests.get();
      // polls of one feed follow each other: a next request means the one before saved its state
      awaitTrue(() -> requests.get() > seen, first);
      first.process.destroy();
      assertThat(first.process.waitFor(15, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();

      int before = requests.get();
      Running second = processes.start("ingest-2", "160m", ingest);
      awaitTrue(() -> requests.get() >= before + 3, second);
      assertThat(rawKeys()).as("after the restart, polled three times").hasSize(2);
      items.add(item("c"));
      awaitTrue(() -> rawKeys().size() == 3, second);
      int later = requests.get();
      awaitTrue(() -> requests.get() >= later + 2, second);
    } finally {
      feed.stop(0);
    }
    assertThat(rawKeys()).containsExactlyInAnyOrder("it-a", "it-b", "it-c");
  }

  private static String item(String id) {
    return "<item><guid>it-"
        + id
        + "</guid><title>Story "
        + id
        + "</title><description>What happened in "
        + id
        + ".</description></item>";
  }

  /** The keys on the raw topic, from its start to its end now. */
  private static List<String> rawKeys() {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER.bootstrapServers());
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      consumer
          .partitionsFor(RAW, Duration.ofSeconds(10))
          .forEach(info -> partitions.add(new TopicPartition(RAW, info.partition())));
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      List<String> keys = new ArrayList<>();
      while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          keys.add(new String(r.key(), StandardCharsets.UTF_8));
        }
      }
      return keys;
    }
  }

  private static void awaitTrue(BooleanSupplier condition, Running ingest)
      throws InterruptedException, IOException {
    while (!condition.getAsBoolean()) {
      if (!ingest.process.isAlive()) {
        throw new AssertionError(
            ingest.name + " ended: " + NewsflowProcesses.tail(ingest.stderrText()));
      }
      Thread.sleep(200);
    }
  }
}
