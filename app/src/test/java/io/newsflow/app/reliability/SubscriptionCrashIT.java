package io.newsflow.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.newsflow.app.PackagedCommandLine;
import io.newsflow.app.broker.EmbeddedBroker;
import io.newsflow.app.reliability.NewsflowProcesses.Running;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.json.Json;
import io.newsflow.common.kafka.DeadLetters;
import io.newsflow.common.kafka.KafkaSettings;
import io.newsflow.testkit.PlainArticles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged sink with a file and a slow webhook subscription is killed (SIGKILL) while articles
 * are still on their way to the webhook, and started again on the same configuration: every article
 * reaches the file and the webhook at least once, or is a dead letter of stage {@code sink}.
 * Duplicates are allowed (at least once) and printed.
 */
class SubscriptionCrashIT {
  private static final int ARTICLES = 60;
  private static final long WEBHOOK_MILLIS = 200;

  @BeforeAll
  static void needsThePackagedJar() {
    PackagedCommandLine.assumePackaged();
  }

  @Test
  @Timeout(90)
  void filesAndWebhooksGetEveryArticleAcrossACrash(@TempDir Path tmp) throws Exception {
    List<String> hooked = new CopyOnWriteArrayList<>();
    HttpServer hook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    hook.createContext(
        "/hook",
        exchange -> {
          try (exchange) {
            exchange.getRequestBody().readAllBytes();
            sleep(WEBHOOK_MILLIS);
            hooked.add(exchange.getRequestHeaders().getFirst("X-Newsflow-Id"));
            exchange.sendResponseHeaders(204, -1);
          }
        });
    hook.start();
    Path out = tmp.resolve("out.jsonl");
    Path subscriptions =
        Files.writeString(
            tmp.resolve("subscriptions.yaml"),
            String.format(
                """
                subscriptions:
                  - {name: to-file, to: 'file:%s'}
                  - {name: to-hook, to: 'http://127.0.0.1:%d/hook'}
                """,
                out, hook.getAddress().getPort()));
    List<String> ids = IntStream.range(0, ARTICLES).mapToObj(i -> "crash-sub-" + i).toList();

    try (EmbeddedBroker broker = EmbeddedBroker.start(0, tmp.resolve("broker"));
        NewsflowProcesses processes = new NewsflowProcesses(tmp)) {
      KafkaSettings kafka = KafkaSettings.local(broker.bootstrapServers());
      Path config = Services.fastFailoverConfig(tmp);
      Running sink = startSink(processes, broker, config, subscriptions);

      produce(kafka, ids);
      long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (hooked.size() < ARTICLES / 4 && System.nanoTime() < end) {
        Thread.sleep(50);
      }
      sink.process.destroyForcibly().waitFor();
      int beforeCrash = hooked.size();
      System.out.println("webhook took " + beforeCrash + " articles before the kill");
      assertThat(beforeCrash).as("articles still pending at the kill").isLessThan(ARTICLES);

      startSink(processes, broker, config, subscriptions);
      Set<String> deadLetters = new HashSet<>();
      end = System.nanoTime() + Duration.ofSeconds(45).toNanos();
      while (System.nanoTime() < end
          && !(covered(hooked, deadLetters, ids) && covered(idsIn(out), deadLetters, ids))) {
        Thread.sleep(500);
        deadLetters = sinkDeadLetters(kafka);
      }

      System.out.println("webhook duplicates: " + duplicates(hooked));
      System.out.println("file duplicates: " + duplicates(idsIn(out)));
      System.out.println("dead letters of stage sink: " + deadLetters);
      assertThat(union(hooked, deadLetters)).as("webhook or dead letter").containsAll(ids);
      assertThat(union(idsIn(out), deadLetters)).as("file or dead letter").containsAll(ids);
    } finally {
      hook.stop(0);
    }
  }

  private static Running startSink(
      NewsflowProcesses processes, EmbeddedBroker broker, Path config, Path subscriptions)
      throws IOException, InterruptedException {
    int port = NewsflowProcesses.freePort();
    Running sink =
        processes.start(
            "sink",
            "256m",
            "sink",
            "--bootstrap-servers",
            broker.bootstrapServers(),
            "--config",
            config.toString(),
            "--metrics-port",
            String.valueOf(port),
            "--subscriptions",
            subscriptions.toString());
    // healthy only once the subscriptions' consumers have their partitions
    processes.awaitHealthy(sink, port, Duration.ofSeconds(60));
    return sink;
  }

  private static void produce(KafkaSettings kafka, List<String> ids) {
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(
            kafka.properties(Map.of()), new ByteArraySerializer(), new ByteArraySerializer())) {
      for (String id : ids) {
        producer.send(new ProducerRecord<>("news.enriched", bytes(id), PlainArticles.json(id)));
      }
    }
  }

  /** The keys of the dead letters of stage {@code sink} so far. */
  private static Set<String> sinkDeadLetters(KafkaSettings kafka) {
    Set<String> keys = new TreeSet<>();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(
            kafka.properties(
                Map.of(
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                    "read_committed",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                    "earliest")),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      var partitions =
          consumer.partitionsFor("news.dlq").stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      long stop = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))
          && System.nanoTime() < stop) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          if ("sink".equals(DeadLetters.header(r.headers(), DeadLetters.STAGE))) {
            keys.add(new String(r.key(), StandardCharsets.UTF_8));
          }
        }
      }
    }
    return keys;
  }

  /** The article ids of the file's JSON lines, in order, repeats kept. */
  private static List<String> idsIn(Path file) {
    try {
      return !Files.exists(file)
          ? List.of()
          : Files.readAllLines(file).stream()
              .filter(l -> !l.isBlank())
              .map(SubscriptionCrashIT::id)
              .toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of(); // a line half-written at this moment: read again next time
    }
  }

  private static String id(String line) {
    try {
      return Json.reader(EnrichedArticle.class).<EnrichedArticle>readValue(line).id();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean covered(Collection<String> got, Set<String> dead, List<String> ids) {
    return union(got, dead).containsAll(ids);
  }

  private static Set<String> union(Collection<String> a, Collection<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  private static Map<String, Long> duplicates(List<String> ids) {
    Map<String, Long> counts =
        ids.stream()
            .collect(
                Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    counts.values().removeIf(n -> n < 2);
    return counts;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
