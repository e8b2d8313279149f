package io.newsflow.app.perf;

import io.newsflow.common.kafka.KafkaSettings;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the output topic read_committed from its start and notes when each article of the run first
 * arrives; then reports throughput and latency percentiles.
 */
final class Arrivals implements AutoCloseable {
  private final long[] arrivedAt;
  private final CountDownLatch remaining;
  private final Thread thread;
  private volatile boolean closed;
  private volatile int duplicates;

  Arrivals(KafkaSettings settings, String topic, int count) {
    arrivedAt = new long[count];
    remaining = new CountDownLatch(count);
    thread = new Thread(() -> read(settings, topic), "load-arrivals");
    thread.setDaemon(true);
    thread.start();
  }

  private void read(KafkaSettings settings, String topic) {
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(
            settings.properties(Map.of(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")),
            new StringDeserializer(),
            new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      consumer
          .partitionsFor(topic, Duration.ofSeconds(30))
          .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      while (!closed) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
          long now = System.nanoTime();
          int number = Integer.parseInt(record.key().substring("load-".length()));
          if (arrivedAt[number] == 0) {
            arrivedAt[number] = now;
            remaining.countDown();
          } else {
            duplicates++;
          }
        }
      }
    }
  }

  boolean await(Duration timeout) throws InterruptedException {
    return remaining.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** One line of figures; latencies leave out the first {@code warmup} articles. */
  String report(
      String mode,
      String guarantee,
      int rate,
      int warmup,
      long[] sentAt,
      long started,
      boolean all,
      long cpuNanos) {
    long first = Long.MAX_VALUE;
    long last = 0;
    int received = 0;
    List<Long> latencies = new ArrayList<>();
    for (int i = 0; i < arrivedAt.length; i++) {
      if (arrivedAt[i] != 0) {
        received++;
        first = Math.min(first, arrivedAt[i]);
        last = Math.max(last, arrivedAt[i]);
        if (i >= warmup) {
          latencies.add(arrivedAt[i] - sentAt[i]);
        }
      }
    }
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    double seconds = (last - first) / 1e9;
    return String.format(
        Locale.ROOT,
        "RESULT mode=%s guarantee=%s rate=%d received=%d/%d%s dup=%d first_after=%.2fs"
            + " throughput=%.1f/s latency_ms p50=%.0f p95=%.0f p99=%.0f max=%.0f"
            + " cpu=%.1fs gc=%s heap_peak_mb=%d load=%s",
        mode,
        guarantee,
        rate,
        received,
        arrivedAt.length,
        all ? "" : " (TIMED OUT)",
        duplicates,
        (first - started) / 1e9,
        seconds > 0 ? (received - 1) / seconds : 0,
        percentile(sorted, 50),
        percentile(sorted, 95),
        percentile(sorted, 99),
        percentile(sorted, 100),
        cpuNanos / 1e9,
        gc(),
        heapPeakMb(),
        loadAverage());
  }

  private static double percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }

  private static String gc() {
    StringBuilder out = new StringBuilder();
    for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
      out.append(bean.getName().replace(' ', '_'))
          .append(':')
          .append(bean.getCollectionCount())
          .append('/')
          .append(bean.getCollectionTime())
          .append("ms,");
    }
    return out.toString();
  }

  private static long heapPeakMb() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .mapToLong(pool -> pool.getPeakUsage().getUsed())
            .sum()
        / (1024 * 1024);
  }

  private static String loadAverage() {
    try {
      return Arrays.stream(
              Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" "))
          .limit(3)
          .reduce((a, b) -> a + "," + b)
          .orElse("?");
    } catch (Exception e) {
      return "?";
    }
  }

  @Override
  public void close() throws InterruptedException {
    closed = true;
    thread.join(5_000);
  }
}
