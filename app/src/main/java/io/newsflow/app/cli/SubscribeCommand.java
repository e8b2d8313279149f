package io.newsflow.app.cli;

import io.newsflow.app.kafka.KafkaProbe;
import io.newsflow.app.subscribe.Subscriber;
import io.newsflow.common.article.ArticleFilter;
import io.newsflow.common.article.EntityType;
import io.newsflow.common.kafka.KafkaSettings;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow subscribe}: matching enriched articles, one JSON object a line. */
@Command(
    name = "subscribe",
    description = {
      "Prints the enriched articles that match, one JSON object a line, on stdout.",
      "With no criteria every article matches. An entity matches --entity by its name, any of its"
          + " mentions or its id, ignoring case; --entity and --type together want one entity"
          + " that is both.",
      "Dead letters (--topic news.dlq) are printed as one JSON object each, whatever the"
          + " criteria: reason, stage, origin (topic, partition and offset, or source), size and"
          + " the start of the original.",
      "Runs until --max articles were printed, the topic was quiet for --timeout, or Ctrl-C."
    })
public final class SubscribeCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private KafkaOptions kafka;

  @Option(
      names = "--topic",
      paramLabel = "TOPIC",
      description = "the topic to read (default: the downstream topic, news.downstream)")
  private String topic;

  @Option(
      names = "--entity",
      paramLabel = "NAME",
      description = "an entity the article names; repeat it to match any of several")
  private List<String> entities = new ArrayList<>();

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      converter = Converters.EntityTypes.class,
      description = "an entity type the article names: PERSON, ORGANIZATION, LOCATION or MISC")
  private EntityType type;

  @Option(
      names = "--sentiment",
      paramLabel = "LABEL",
      description = "the article's sentiment: ${COMPLETION-CANDIDATES}")
  private ArticleFilter.Label sentiment;

  @Option(
      names = "--from-beginning",
      description =
          "start at the oldest records instead of new ones (for a group: if it has no offsets yet)")
  private boolean fromBeginning;

  @Option(
      names = "--max",
      paramLabel = "N",
      converter = Converters.PositiveCount.class,
      description = "stop after N matching articles")
  private Integer max;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      converter = Converters.PositiveDuration.class,
      description =
          "stop when no record arrived for this long once reading, e.g. 10s, 500ms, 2m"
              + " (joining the group is not counted, up to 15s)")
  private Duration timeout;

  @Option(
      names = "--group",
      paramLabel = "ID",
      description =
          "a consumer group to join, which keeps its place between runs (default: a new one each run)")
  private String group;

  @Override
  public Integer call() throws InterruptedException {
    KafkaSettings settings = kafka.settings();
    String topicName = topic != null ? topic : settings.topics().downstream().name();
    KafkaProbe.Cluster cluster = KafkaProbe.probe(settings, KafkaProbe.DEFAULT_TIMEOUT);
    PrintWriter err = spec.commandLine().getErr();
    if (!cluster.topics().contains(topicName)) {
      err.println(
          "newsflow subscribe: the topic "
              + topicName
              + " does not exist yet (or the user of --config may not see it); waiting for it");
      err.flush();
    }
    Subscriber.Options options =
        new Subscriber.Options(
            topicName,
            Optional.ofNullable(group),
            fromBeginning,
            new ArticleFilter(entities, Optional.ofNullable(type), Optional.ofNullable(sentiment)),
            Optional.ofNullable(max),
            Optional.ofNullable(timeout));
    PrintWriter out = spec.commandLine().getOut();
    Subscriber subscriber = new Subscriber(settings, options);
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              subscriber.stop();
              try {
                finished.await(); // let the consumer leave its group cleanly
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "newsflow-subscribe-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      subscriber.run(
          line -> {
            out.println(line);
            out.flush();
            return !out.checkError(); // the reader went away (e.g. '| head -1'): stop quietly
          });
    } finally {
      subscriber.close();
      finished.countDown();
      removeHook(hook);
    }
    return 0;
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already shutting down: the hook is running and waits for us
    }
  }
}
