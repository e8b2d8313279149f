package io.newsflow.app.cli;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.app.run.Cluster;
import io.newsflow.app.run.ServiceHost;
import io.newsflow.app.state.StateDirectory;
import io.newsflow.common.concurrent.Background;
import io.newsflow.common.config.Config;
import io.newsflow.common.metrics.Registries;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.EnrichSettings;
import io.newsflow.enrich.trend.TrendsHandler;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsflow enrich}: the Kafka Streams enrichment service. */
@Command(
    name = "enrich",
    description = {
      "Runs the enrichment service (Kafka Streams) until Ctrl-C: reads the raw topic, finds"
          + " entities and sentiment, writes the enriched topic; unreadable input goes to the"
          + " dead-letter topic.",
      "Instances of the same application id share the partitions of the raw topic; each keeps its"
          + " local state in a folder of its own (see --state-dir).",
      "With --http-port, GET /trends?window=5m|1h&top=N there answers the entities named most in"
          + " the current window, counted across all instances."
    })
public final class EnrichCommand implements Callable<Integer> {
  @Mixin private KafkaOptions kafka;

  @Mixin private ServiceOptions serviceOptions;

  @Mixin private StateOptions stateOptions;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    // the models take the longest and need no setting: they load while the settings are read,
    // the cluster is reached and its topics checked
    Background<ArticleEnricher> models =
        Background.start(() -> ArticleEnricher.withModels(Clock.systemUTC()));
    Map<String, String> flags = new HashMap<>(serviceOptions.flags());
    flags.putAll(stateOptions.flags(EnrichSettings.STATE_DIR));
    Config given = kafka.config(flags);
    try (StateDirectory state = StateOptions.claim(given, "enrich", EnrichSettings.STATE_DIR)) {
      Config config = given.withFlags(Map.of(EnrichSettings.STATE_DIR, state.path().toString()));
      EnrichSettings settings = EnrichSettings.from(config);
      serviceOptions.requireFreePorts(settings.metrics(), "enrich");
      state.keepFor(Cluster.prepare(settings.kafka(), config));
      PrometheusMeterRegistry registry = Registries.prometheus("enrich");
      ArticleEnricher enricher = models.get();
      try (ServiceHost host = ServiceHost.configured(registry, config)) {
        TrendsHandler trends = new TrendsHandler(Clock.systemUTC());
        OptionalInt httpPort =
            serviceOptions.serveDashboard(
                host,
                settings.kafka(),
                registry,
                settings.metrics(),
                spec.commandLine().getErr(),
                List.of(trends.route()));
        host.runInForeground(
            settings.metrics(),
            httpPort.isPresent()
                ? EnrichService.create(
                    settings.advertising(settings.metrics().host(), httpPort.getAsInt()),
                    enricher,
                    registry,
                    trends)
                : EnrichService.create(settings, enricher, registry),
            "enrich: "
                + settings.kafka().topics().raw()
                + " -> "
                + settings.kafka().topics().enriched()
                + " on "
                + settings.kafka().bootstrapServers()
                + "; state "
                + state.path(),
            spec.commandLine().getErr());
      }
    }
    return 0;
  }
}
