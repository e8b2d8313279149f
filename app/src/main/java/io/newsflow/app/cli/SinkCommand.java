package io.newsflow.app.cli;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.app.run.Cluster;
import io.newsflow.app.run.ServiceHost;
import io.newsflow.app.state.StateDirectory;
import io.newsflow.common.config.Config;
import io.newsflow.common.http.Route;
import io.newsflow.common.kafka.Topic;
import io.newsflow.common.metrics.Registries;
import io.newsflow.sink.SinkService;
import io.newsflow.sink.SinkSettings;
import io.newsflow.sink.events.ArticleEvents;
import io.newsflow.sink.events.EventSettings;
import io.newsflow.sink.subscription.Subscription;
import io.newsflow.sink.subscription.SubscriptionException;
import io.newsflow.sink.subscription.SubscriptionFile;
import io.newsflow.sink.subscription.Subscriptions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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
          "routes matching articles to topics, files and webhooks (YAML or JSON; re-read when it"
              + " changes; see docs/SUBSCRIPTIONS.md)")
  private Path subscriptions;

  @Mixin private ServiceOptions serviceOptions;

  @Mixin private StateOptions stateOptions;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    Map<String, String> flags = new HashMap<>(serviceOptions.flags());
    flags.putAll(stateOptions.flags(SinkSettings.STATE_DIR));
    Config given = kafka.config(flags);
    try (StateDirectory state = StateOptions.claim(given, "sink", SinkSettings.STATE_DIR)) {
      Config config = given.withFlags(Map.of(SinkSettings.STATE_DIR, state.path().toString()));
      SinkSettings settings = SinkSettings.from(config);
      SubscriptionFile parser = new SubscriptionFile(kafka.environment(), pipelineTopics(settings));
      Optional<List<Subscription>> initial =
          Optional.ofNullable(subscriptions).map(file -> readAtStart(parser, file));
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
        Optional<Subscriptions> routing =
            initial.map(
                list ->
                    host.own(
                        Subscriptions.start(
                            subscriptions,
                            list,
                            parser,
                            settings.kafka(),
                            settings.applicationId(),
                            registry,
                            names -> Cluster.createTopics(settings.kafka(), config, names))));
        host.runInForeground(
            settings.metrics(),
            SinkService.create(settings, registry, Clock.systemUTC(), routing),
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

  private static Set<String> pipelineTopics(SinkSettings settings) {
    return settings.kafka().topics().all().stream().map(Topic::name).collect(Collectors.toSet());
  }

  /** What is wrong with the file at start is a usage error, said before Kafka is asked. */
  private List<Subscription> readAtStart(SubscriptionFile parser, Path file) {
    try {
      return parser.read(file);
    } catch (SubscriptionException e) {
      throw new ParameterException(spec.commandLine(), "--subscriptions " + e.getMessage());
    }
  }
}
