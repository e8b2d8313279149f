package io.newsflow.app.demo;

import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.app.broker.EmbeddedBroker;
import io.newsflow.app.dashboard.Dashboard;
import io.newsflow.app.run.Cluster;
import io.newsflow.app.run.LogFile;
import io.newsflow.app.run.ServiceHost;
import io.newsflow.app.run.TemporaryFolder;
import io.newsflow.app.state.StateDirectory;
import io.newsflow.common.article.Article;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Entity;
import io.newsflow.common.config.Config;
import io.newsflow.common.http.Route;
import io.newsflow.common.json.Json;
import io.newsflow.common.kafka.KafkaSettings;
import io.newsflow.common.metrics.PipelineMetrics;
import io.newsflow.common.metrics.Registries;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.EnrichSettings;
import io.newsflow.ingest.IngestSummary;
import io.newsflow.ingest.Ingestor;
import io.newsflow.ingest.format.ArticleReader;
import io.newsflow.ingest.source.SourceItem;
import io.newsflow.sink.SinkService;
import io.newsflow.sink.SinkSettings;
import io.newsflow.sink.events.ArticleEvents;
import io.newsflow.sink.events.EventSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The whole pipeline in one process: an embedded broker (unless a cluster is given), enrich and
 * sink, the dashboard, the sample articles through the real ingest path, then a live wire. Every
 * part is owned by one {@link ServiceHost}, so Ctrl-C stops them all, broker last.
 */
public final class Demo {
  /** What the {@code demo} command was asked for. */
  public record Options(
      Config config,
      boolean embeddedBroker,
      double rate,
      String httpHost,
      int httpPort,
      Path sharedSamples,
      boolean printJson) {}

  private final Options options;
  private final PrintWriter out;
  private final Clock clock = Clock.systemUTC();

  public Demo(Options options, PrintWriter out) {
    this.options = options;
    this.out = out;
  }

  /** Runs until Ctrl-C, SIGTERM or {@link ServiceHost#close()}. */
  public void run() throws InterruptedException {
    PrometheusMeterRegistry registry = Registries.prometheus("demo");
    Config config = options.config();
    try (StateDirectory state =
            StateDirectory.claim(Optional.empty(), StateDirectory.serviceRoot(config, "demo"));
        ServiceHost host = ServiceHost.configured(registry, config)) {
      // the broker's data may go in a temporary folder, Kafka Streams' state may not: the OS may
      // clear it under a running application
      Path work = host.own(TemporaryFolder.create("newsflow-demo-")).path();
      String where;
      if (options.embeddedBroker()) {
        EmbeddedBroker broker = host.own(EmbeddedBroker.start(0, work.resolve("broker")));
        config =
            config.withFlags(Map.of(KafkaSettings.BOOTSTRAP_SERVERS, broker.bootstrapServers()));
        where = broker.bootstrapServers() + " (embedded Apache Kafka broker, KRaft)";
      } else {
        where = KafkaSettings.from(config).bootstrapServers();
      }
      config =
          config.withFlags(
              Map.of(
                  EnrichSettings.STATE_DIR, state.path().resolve("enrich").toString(),
                  SinkSettings.STATE_DIR, state.path().resolve("sink").toString()));
      KafkaSettings kafka = KafkaSettings.from(config);
      String clusterId = Cluster.prepare(kafka, config);
      if (options.embeddedBroker()) {
        // a new broker every run: state from the last run belongs to a cluster gone, and this
        // run's will once it ends
        state.clear();
        host.own(state::clear);
      }
      state.keepFor(clusterId);

      ArticleEnricher enricher = ArticleEnricher.withModels(clock);
      host.start(EnrichService.create(EnrichSettings.from(config), enricher, registry));
      host.start(SinkService.create(SinkSettings.from(config), registry, clock));

      List<SourceItem> samples = new ArrayList<>(DemoSamples.bundled());
      if (options.sharedSamples() != null) {
        samples.addAll(DemoSamples.folder(options.sharedSamples()));
      }
      AtomicInteger shown = new AtomicInteger();
      List<Article> sampleArticles = DemoSamples.articles(samples, new ArticleReader());
      int toShow = sampleArticles.size();
      Dashboard dashboard =
          host.own(
              Dashboard.start(
                  kafka,
                  registry,
                  clock,
                  article -> {
                    if (shown.incrementAndGet() <= toShow) {
                      show(article);
                    }
                  }));
      ArticleEvents events =
          host.own(ArticleEvents.start(kafka, EventSettings.from(config), registry));
      List<Route> routes = new ArrayList<>(dashboard.routes());
      routes.add(events.route());
      int port = host.serve(options.httpHost(), options.httpPort(), routes);

      String url =
          "http://"
              + (options.httpHost().equals("0.0.0.0") ? "127.0.0.1" : options.httpHost())
              + ":"
              + port;
      out.println("newsflow demo");
      out.println("  kafka      " + where);
      out.println("  dashboard  " + url + "/");
      out.println("  metrics    " + url + "/metrics");
      out.println("  health     " + url + "/health");
      out.println("  events     " + url + "/subscribe?entity=NAME (server-sent events)");
      out.println(
          "  subscribe  ./newsflow subscribe --bootstrap-servers "
              + kafka.bootstrapServers()
              + " --from-beginning");
      out.println(
          "  logs       " + LogFile.path() + " (Kafka's own lines; --verbose shows them here)");
      out.flush();

      Ingestor ingestor =
          host.own(new Ingestor(kafka, new ArticleReader(), new PipelineMetrics(registry)));
      samples.forEach(ingestor::accept);
      IngestSummary summary = ingestor.flush();
      out.println(
          "ingested the sample articles: "
              + summary
              + "; as each comes out enriched, it is shown here:");
      out.flush();

      if (options.rate() > 0) {
        host.own(new LiveWire(sampleArticles, ingestor, clock).start(options.rate()));
        Thread status =
            new Thread(() -> reportEvery(Duration.ofSeconds(15), registry), "newsflow-demo-status");
        status.setDaemon(true);
        status.start();
      }
      out.println(
          "live wire: "
              + (options.rate() > 0 ? options.rate() + " articles a second" : "off (--rate 0)")
              + "; Ctrl-C stops everything");
      out.flush();
      host.awaitShutdown();
    }
  }

  private void show(EnrichedArticle article) {
    String line;
    if (options.printJson()) {
      line = Json.line(article);
    } else {
      String entities =
          article.entities().stream()
              .limit(12)
              .map(e -> e.type().conllTag() + " " + e.name() + mentions(e))
              .collect(Collectors.joining(", "));
      line =
          String.format(
              Locale.ROOT,
              "  [%s %+.2f] %s%n      %s",
              article.sentiment().label(),
              article.sentiment().score(),
              article.headline(),
              entities.isEmpty() ? "(no entities)" : entities);
    }
    synchronized (out) {
      out.println(line);
      out.flush();
    }
  }

  private static String mentions(Entity e) {
    return e.mentions().size() > 1 ? " ×" + e.mentions().size() : "";
  }

  private void reportEvery(Duration period, PrometheusMeterRegistry registry) {
    try {
      while (true) {
        Thread.sleep(period.toMillis());
        Timer e2e = registry.find(PipelineMetrics.END_TO_END).timer();
        String line =
            String.format(
                Locale.ROOT,
                "live: %.0f ingested, %.0f delivered, %.0f dead letters, mean end to end %.0f ms",
                count(registry, PipelineMetrics.INGESTED),
                count(registry, PipelineMetrics.DELIVERED),
                count(registry, PipelineMetrics.DEAD_LETTERS),
                e2e == null ? 0.0 : e2e.mean(TimeUnit.MILLISECONDS));
        synchronized (out) {
          out.println(line);
          out.flush();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static double count(PrometheusMeterRegistry registry, String name) {
    return registry.find(name).counters().stream().mapToDouble(c -> c.count()).sum();
  }
}
