package io.newsflow.app.cli;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.app.run.Cluster;
import io.newsflow.app.run.ServiceHost;
import io.newsflow.app.state.StateDirectory;
import io.newsflow.common.config.Config;
import io.newsflow.common.http.Route;
import io.newsflow.common.kafka.Topics;
import io.newsflow.common.metrics.Registries;
import io.newsflow.sink.SinkService;
import io.newsflow.sink.SinkSettings;
import io.newsflow.sink.events.ArticleEvents;
import io.newsflow.sink.events.EventSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow sink}: delivers enriched articles downstream. */
@Command(
    name = "sink",
    description = {
      "Runs the sink service until Ctrl-C: delivers enriched articles to the downstream topic"
          + " (news.downstream), exactly once.",
      "With --http-port, GET /subscribe?entity=NAME&type=TYPE&sentiment=LABEL there streams the"
          + " matching delivered articles as server-sent events (text/event-stream), resuming"
          + " after Last-Event-ID."
    })
public final class SinkCommand implements Callable<Integer> {
  @Mixin private KafkaOptions kafka;

  @Option(
      names = "--subscriptions",
      paramLabel = "FILE",
      description =
          "per-subscriber routing: not supported yet (use 'newsflow subscribe' with filters)")
  private Path subscriptions;

  @Mixin private ServiceOptions serviceOptions;

  @Mixin private StateOptions stateOptions;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (subscriptions != null) {
      throw new CommandFailure(
          "--subscriptions is not supported yet: subscribe to "
              + Topics.DOWNSTREAM
              + " with 'newsflow subscribe' and its filters instead");
    }
    Map<String, String> flags = new HashMap<>(serviceOptions.flags());
    flags.putAll(stateOptions.flags(SinkSettings.STATE_DIR));
    Config given = kafka.config(flags);
    try (StateDirectory state = StateOptions.claim(given, "sink", SinkSettings.STATE_DIR)) {
      Config config = given.withFlags(Map.of(SinkSettings.STATE_DIR, state.path().toString()));
      SinkSettings settings = SinkSettings.from(config);
      serviceOptions.requireFreePorts(settings.metrics(), "sink");
      state.keepFor(Cluster.prepare(settings.kafka(), config));
      PrometheusMeterRegistry registry = Registries.prometheus("sink");
      try (ServiceHost host = ServiceHost.configured(registry, config)) {
        List<Route> events = List.of();
        if (serviceOptions.servesHttp()) {
          ArticleEvents stream =
              host.own(ArticleEvents.start(settings.kafka(), EventSettings.from(config), registry));
          events = List.of(stream.route());
        }
        serviceOptions.serveDashboard(
            host,
            settings.kafka(),
            registry,
            settings.metrics(),
            spec.commandLine().getErr(),
            events);
        host.runInForeground(
            settings.metrics(),
            SinkService.create(settings, registry, Clock.systemUTC()),
            "sink: "
                + settings.kafka().topics().enriched()
                + " -> "
                + settings.kafka().topics().downstream()
                + " ("
                + settings.format().name().toLowerCase(java.util.Locale.ROOT)
                + ") on "
                + settings.kafka().bootstrapServers()
                + "; state "
                + state.path(),
            spec.commandLine().getErr());
      }
    }
    return 0;
  }
}
