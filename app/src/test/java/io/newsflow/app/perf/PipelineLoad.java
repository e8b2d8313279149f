package io.newsflow.app.perf;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.app.broker.EmbeddedBroker;
import io.newsflow.app.kafka.TopicSetup;
import io.newsflow.common.config.Config;
import io.newsflow.common.kafka.KafkaSettings;
import io.newsflow.common.kafka.StreamsService;
import io.newsflow.common.metrics.PipelineMetrics;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.EnrichSettings;
import io.newsflow.ingest.Ingestor;
import io.newsflow.ingest.format.ArticleReader;
import io.newsflow.ingest.source.SourceItem;
import io.newsflow.sink.SinkService;
import io.newsflow.sink.SinkSettings;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;

/**
 * A load run of the pipeline in one JVM, until {@code ./newsflow bench} exists: the embedded
 * broker, the services of {@code mode} and the real ingest path, then generated articles either all
 * at once before the services start ({@code rate=0}: a backlog, for throughput and the time to the
 * first output) or at a steady rate once the services run (for latency). A read_committed consumer
 * times every article from its ingest to its arrival on the output topic.
 *
 * <p>Arguments, all {@code key=value}: {@code mode} pipeline (enrich and sink, to news.downstream),
 * enrich (to news.enriched) or passthrough (see {@link PassThrough}); {@code rate}, {@code count},
 * {@code warmup} (articles left out of the latency), {@code partitions}, {@code guarantee}; {@code
 * P.name=value} a Kafka client or Streams property, {@code B.name=value} a broker property.
 */
public final class PipelineLoad {
  private PipelineLoad() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    Map<String, String> client = new HashMap<>();
    Map<String, String> broker = new HashMap<>();
    for (String arg : args) {
      String[] kv = arg.split("=", 2);
      if (kv[0].startsWith("P.")) {
        client.put(kv[0].substring(2), kv[1]);
      } else if (kv[0].startsWith("B.")) {
        broker.put(kv[0].substring(2), kv[1]);
      } else {
        options.put(kv[0], kv[1]);
      }
    }
    String mode = options.getOrDefault("mode", "pipeline");
    int rate = Integer.parseInt(options.getOrDefault("rate", "0"));
    int count = Integer.parseInt(options.getOrDefault("count", "2000"));
    int warmup = Integer.parseInt(options.getOrDefault("warmup", rate == 0 ? "0" : "100"));
    int partitions = Integer.parseInt(options.getOrDefault("partitions", "3"));
    String guarantee = options.getOrDefault("guarantee", "exactly_once_v2");

    Path tmp = Files.createTempDirectory("newsflow-load-");
    try (EmbeddedBroker kafka = EmbeddedBroker.start(0, tmp.resolve("broker"), broker)) {
      Config config =
          new Config(
              Map.of(
                  KafkaSettings.BOOTSTRAP_SERVERS,
                  kafka.bootstrapServers(),
                  "newsflow.enrich.processing.guarantee",
                  guarantee,
                  "newsflow.sink.processing.guarantee",
                  guarantee,
                  "newsflow.enrich.state.dir",
                  tmp.resolve("enrich").toString(),
                  "newsflow.sink.state.dir",
                  tmp.resolve("sink").toString()),
              Map.of(),
              client);
      KafkaSettings settings = KafkaSettings.from(config);
      TopicSetup topics = new TopicSetup(settings);
      topics.createAll(partitions, (short) 1, Duration.ofSeconds(30));
      topics.create(List.of(PassThrough.TOPIC), partitions, (short) 1, Duration.ofSeconds(30));
      String output =
          switch (mode) {
            case "pipeline" -> settings.topics().downstream().name();
            case "enrich" -> settings.topics().enriched().name();
            case "passthrough" -> PassThrough.TOPIC;
            default -> throw new IllegalArgumentException("mode: " + mode);
          };

      LoadArticles articles =
          LoadArticles.fromSamples(Path.of("app").toAbsolutePath(), Path.of("../shared"));
      long[] sentAt = new long[count];
      SimpleMeterRegistry registry = new SimpleMeterRegistry();
      try (Arrivals arrivals = new Arrivals(settings, output, count);
          Ingestor ingestor =
              new Ingestor(settings, new ArticleReader(), new PipelineMetrics(registry))) {
        if (rate == 0) {
          for (int i = 0; i < count; i++) {
            sentAt[i] = System.nanoTime();
            ingestor.accept(new SourceItem("stdin", "load#" + i, articles.json(i)));
          }
          ingestor.flush();
        }
        long cpuBefore = processCpuNanos();
        long started = System.nanoTime();
        List<StreamsService> services = services(mode, config, settings, guarantee, registry);
        try {
          long created = System.nanoTime();
          services.forEach(StreamsService::start);
          awaitRunning(services);
          System.out.printf(
              Locale.ROOT,
              "SETUP created=%.2fs running=%.2fs%n",
              (created - started) / 1e9,
              (System.nanoTime() - started) / 1e9);
          if (rate > 0) {
            long pause = 1_000_000_000L / rate;
            long next = System.nanoTime();
            for (int i = 0; i < count; i++) {
              long wait = next - System.nanoTime();
              if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
              }
              sentAt[i] = System.nanoTime();
              ingestor.accept(new SourceItem("stdin", "load#" + i, articles.json(i)));
              next += pause;
            }
            ingestor.flush();
          }
          boolean all = arrivals.await(Duration.ofSeconds(Math.max(120, count / 5)));
          long cpu = processCpuNanos() - cpuBefore;
          System.out.println(
              arrivals.report(mode, guarantee, rate, warmup, sentAt, started, all, cpu));
        } finally {
          services.forEach(s -> s.close(Duration.ofSeconds(20)));
        }
      }
    } finally {
      deleteQuietly(tmp);
    }
  }

  private static List<StreamsService> services(
      String mode,
      Config config,
      KafkaSettings settings,
      String guarantee,
      SimpleMeterRegistry registry) {
    Clock clock = Clock.systemUTC();
    List<StreamsService> services = new ArrayList<>();
    if (mode.equals("passthrough")) {
      PipelineMetrics metrics = new PipelineMetrics(registry);
      services.add(
          new StreamsService(
              "passthrough",
              PassThrough.topology(settings.topics().raw().name()),
              StreamsService.properties(
                  settings,
                  "load-passthrough",
                  guarantee,
                  Path.of(config.get("newsflow.enrich.state.dir", "")),
                  Map.of(),
                  metrics),
              registry));
      return services;
    }
    services.add(
        EnrichService.create(
            EnrichSettings.from(config), ArticleEnricher.withModels(clock), registry));
    if (mode.equals("pipeline")) {
      services.add(SinkService.create(SinkSettings.from(config), registry, clock));
    }
    return services;
  }

  private static void awaitRunning(List<StreamsService> services) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (services.stream().anyMatch(s -> s.state() != KafkaStreams.State.RUNNING)) {
      if (System.nanoTime() > end) {
        throw new IllegalStateException("services not running after 60 s");
      }
      Thread.sleep(50);
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (Exception e) {
      // a temp dir left behind is no failure of the run
    }
  }
}
