package io.newsflow.app.cli;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.app.run.Cluster;
import io.newsflow.app.run.ServiceHost;
import io.newsflow.app.state.StateDirectory;
import io.newsflow.common.config.Config;
import io.newsflow.common.metrics.MetricsSettings;
import io.newsflow.common.metrics.PipelineMetrics;
import io.newsflow.common.metrics.Registries;
import io.newsflow.ingest.IngestService;
import io.newsflow.ingest.IngestSettings;
import io.newsflow.ingest.IngestSummary;
import io.newsflow.ingest.Ingestor;
import io.newsflow.ingest.Sources;
import io.newsflow.ingest.feed.Feed;
import io.newsflow.ingest.feed.FeedPoller;
import io.newsflow.ingest.feed.FeedStateFiles;
import io.newsflow.ingest.format.ArticleReader;
import io.newsflow.ingest.source.ArticleSource;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow ingest}: articles from files, folders, stdin, feeds or pushes to the raw topic.
 */
@Command(
    name = "ingest",
    description = {
      "Reads articles and produces them to the raw topic (news.raw).",
      "SOURCE: a file, a folder (--watch keeps watching it), '-' for stdin, an http(s):// RSS or"
          + " Atom feed URL (polled), an OPML list of feeds (as feed readers export them), or"
          + " http:PORT to accept pushes.",
      "Feeds remember what Kafka acknowledged from them (in --state-dir), so a restart sends"
          + " nothing twice.",
      "With only files, folders without --watch and stdin, it exits when all are produced and"
          + " prints 'produced N, rejected M'."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input was produced",
      "3:some or all input was rejected (not an article; sent to the dead-letter topic with the"
          + " reason, see 'newsflow dlq'); the rest was produced",
      "1:failure (Kafka did not take every record, a source could not be read)",
      "2:bad usage"
    },
    footer = "")
public final class IngestCommand implements Callable<Integer> {
  /**
   * Input that was not an article is not lost (it sits in the dead-letter topic) but the run did
   * not do all it was asked: scripts must be able to tell, so it is not 0 and not a failure.
   */
  public static final int SOME_REJECTED = 3;

  @Mixin private KafkaOptions kafka;

  @Option(
      names = "--from",
      paramLabel = "SOURCE",
      required = true,
      arity = "1..*",
      description = "where articles come from; repeatable")
  private List<String> sources;

  @Option(names = "--watch", description = "keep watching folders for new files")
  private boolean watch;

  @Option(
      names = "--poll-interval",
      paramLabel = "DURATION",
      description =
          "how often feeds and watched folders are looked at, e.g. 30s or 5m (default 1s); an OPML"
              + " outline may set its own with a pollInterval attribute")
  private String pollInterval;

  @Option(
      names = "--state-dir",
      paramLabel = "DIR",
      description =
          "where feeds remember their validators and what Kafka acknowledged from them; one"
              + " process at a time (default: the first free ~/.newsflow/state/ingest/instance-N,"
              + " under $NEWSFLOW_STATE_DIR when set)")
  private Path stateDir;

  @Mixin private ServiceOptions serviceOptions;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    Map<String, String> flags = new HashMap<>(serviceOptions.flags());
    if (stateDir != null) {
      flags.put(IngestSettings.STATE_DIR, stateDir.toString());
    }
    if (pollInterval != null) {
      flags.put(IngestSettings.POLL_INTERVAL, pollInterval);
    }
    Config config = kafka.config(flags);
    IngestSettings settings = IngestSettings.from(config, watch);
    List<ArticleSource> parsed = new ArrayList<>();
    Map<URI, Feed> feeds = new LinkedHashMap<>();
    for (String source : sources) {
      try {
        List<Feed> named = Sources.feeds(source, settings.sources());
        if (named.isEmpty()) {
          parsed.add(Sources.parse(source, settings.sources(), System.in));
        }
        named.forEach(feed -> feeds.putIfAbsent(feed.url(), feed));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(
            spec.commandLine(), "--from " + source + ": " + e.getMessage());
      }
    }
    if (!feeds.isEmpty() || parsed.stream().anyMatch(ArticleSource::endless)) {
      serviceOptions.requireFreePorts(settings.metrics(), "ingest");
    }
    // feeds only: a run that reads files needs no state and leaves none behind
    try (StateDirectory state =
        feeds.isEmpty() ? null : StateOptions.claim(config, "ingest", IngestSettings.STATE_DIR)) {
      String clusterId = Cluster.prepare(settings.kafka(), config);
      if (state != null) {
        state.keepFor(clusterId);
        parsed.add(
            new FeedPoller(
                List.copyOf(feeds.values()),
                new FeedStateFiles(state.path().resolve("feeds")),
                settings.feeds(),
                settings.sources().limits()));
      }
      return ingest(config, settings, parsed, state == null ? "" : "; feed state " + state.path());
    }
  }

  private int ingest(
      Config config, IngestSettings settings, List<ArticleSource> parsed, String stateNote)
      throws InterruptedException {
    PrometheusMeterRegistry registry = Registries.prometheus("ingest");
    Ingestor ingestor =
        new Ingestor(
            settings.kafka(),
            new ArticleReader(settings.sources().limits(), Clock.systemUTC()),
            new PipelineMetrics(registry));
    IngestService service = new IngestService(ingestor, parsed);
    PrintWriter err = spec.commandLine().getErr();
    try (ServiceHost host = ServiceHost.configured(registry, config)) {
      host.own(ingestor);
      if (service.endless()) {
        serviceOptions.serveDashboard(host, settings.kafka(), registry, settings.metrics(), err);
        host.runInForeground(
            settings.metrics(),
            service,
            "ingest: "
                + String.join(", ", sources)
                + " -> "
                + settings.kafka().topics().raw()
                + " on "
                + settings.kafka().bootstrapServers()
                + stateNote,
            err);
        return 0;
      }
      serveMetricsIfFree(host, settings.metrics(), err);
      IngestSummary summary = service.awaitCompletion();
      spec.commandLine().getOut().println(summary);
      spec.commandLine().getOut().flush();
      if (summary.failed() > 0 || !service.errors().isEmpty()) {
        String why =
            service.errors().isEmpty()
                ? summary.failed()
                    + " articles were not acknowledged by Kafka: "
                    + ingestor.firstFailure()
                : String.join("; ", service.errors());
        throw new CommandFailure("ingest incomplete: " + why);
      }
      if (summary.rejected() > 0) {
        err.println(
            "newsflow ingest: "
                + summary.rejected()
                + " input"
                + (summary.rejected() == 1 ? " was" : "s were")
                + " not articles and went to "
                + settings.kafka().topics().deadLetters().name()
                + " with the reason; see 'newsflow dlq'");
        err.flush();
        return SOME_REJECTED;
      }
      return 0;
    }
  }

  /**
   * A run that ends by itself should not fail for want of a free metrics port (another ingest may
   * hold it): it says so and goes on. (A run that goes on needs its metrics: there the clash
   * fails.)
   */
  private static void serveMetricsIfFree(
      ServiceHost host, MetricsSettings metrics, PrintWriter err) {
    try {
      host.serve(metrics.host(), metrics.port(), List.of());
    } catch (java.io.UncheckedIOException e) {
      err.println("warning: " + e.getMessage());
      err.flush();
    }
  }
}
