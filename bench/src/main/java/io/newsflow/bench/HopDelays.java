package io.newsflow.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Where a pipeline's articles wait, hop by hop: {@code java -Xmx256m -cp
 * "app/target/lib/*:bench/target/newsflow-bench-0.1.0-SNAPSHOT.jar" io.newsflow.bench.HopDelays
 * HOST:PORT SECONDS} reads every topic of the cluster (those starting "__" aside) as a {@code
 * read_committed} consumer from their ends for SECONDS, and prints per topic how long after its
 * timestamp each record became visible (p50, p90, p99, max). Kafka Streams gives each output record
 * its input's timestamp, so every hop of an article carries the time the article was written to
 * {@code news.raw}: the figures of a topic are the delay up to that hop. Run it beside {@code
 * ./newsflow bench --bootstrap-servers HOST:PORT} against a broker of its own ({@code ./newsflow
 * broker}); its own reading loads the broker, so compare hops within a run, not runs with and
 * without it.
 */
public final class HopDelays {
  private HopDelays() {}

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: HopDelays HOST:PORT SECONDS");
      System.exit(2);
    }
    Map<String, List<Long>> delays = read(args[0], Duration.ofSeconds(Long.parseLong(args[1])));
    delays.forEach(
        (topic, millis) -> {
          Collections.sort(millis);
          System.out.printf(
              Locale.ROOT,
              "%-60s n %7d  p50 %6d  p90 %6d  p99 %6d  max %6d ms%n",
              topic,
              millis.size(),
              at(millis, 0.5),
              at(millis, 0.9),
              at(millis, 0.99),
              millis.get(millis.size() - 1));
        });
  }

  /** Per topic, the delays in milliseconds of the records that became visible while reading. */
  static Map<String, List<Long>> read(String bootstrapServers, Duration howLong) {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, "newsflow-hop-delays-" + UUID.randomUUID());
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    // short fetch waits, so that the delay measured is the pipeline's and not this reader's
    config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20);
    // the run's topics appear while it reads: find them within two seconds
    config.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 2000);
    Map<String, List<Long>> delays = new TreeMap<>();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(Pattern.compile("^(?!__).*"));
      long end = System.nanoTime() + howLong.toNanos();
      while (System.nanoTime() < end) {
        var records = consumer.poll(Duration.ofMillis(50));
        long now = System.currentTimeMillis();
        for (ConsumerRecord<byte[], byte[]> record : records) {
          delays
              .computeIfAbsent(record.topic(), topic -> new ArrayList<>())
              .add(now - record.timestamp());
        }
      }
    }
    return delays;
  }

  private static long at(List<Long> sorted, double quantile) {
    return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * quantile)));
  }
}
