package io.newsflow.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.PackagedCommandLine;
import io.newsflow.app.reliability.CommittedKeys.Tally;
import io.newsflow.app.reliability.NewsflowProcesses.Running;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The partitions of news.raw move between enrich instances mid-stream, while ingest produces: a
 * second instance joins and leaves (SIGTERM), then two instances are restarted one after the other
 * (a rolling restart). Every article comes out exactly once, downstream or as a dead letter.
 */
class RebalanceIT {
  private static final int MIN_ARTICLES = 300;
  private static final int MAX_ARTICLES = 500;
  private static final int PER_SECOND = 6;
  private static final Duration BOUND = Duration.ofSeconds(120);

  @BeforeAll
  static void needsThePackagedJar() {
    PackagedCommandLine.assumePackaged();
  }

  @Test
  @Timeout(value = 6, unit = TimeUnit.MINUTES)
  void nothingLostNothingDoubledWhenEnrichInstancesComeAndGo(@TempDir Path tmp) throws Exception {
    long started = System.nanoTime();
    try (NewsflowProcesses processes = new NewsflowProcesses(tmp)) {
      Running broker = processes.start("broker", "384m", "broker", "--port", "0");
      String bootstrap = broker.awaitReady(Duration.ofSeconds(120));
      Services services = new Services(processes, bootstrap, Services.fastFailoverConfig(tmp));
      Running first = services.enrich();
      Running sink = services.sink();
      services.awaitHealthy(first);
      services.awaitHealthy(sink);

      Running ingest =
          processes.start(
              "ingest",
              "256m",
              "ingest",
              "--bootstrap-servers",
              bootstrap,
              "--metrics-port",
              "0",
              "--from",
              "-");
      try (CommittedKeys committed = new CommittedKeys(bootstrap, Services.OUTPUT_TOPICS);
          SteadyFeed feed = new SteadyFeed(ingest.process, "rebalance", MAX_ARTICLES, PER_SECOND)) {
        assertThat(committed.awaitFirst(id -> true, Duration.ofSeconds(120)))
            .as("a first delivery")
            .isPresent();
        List<String> report = new ArrayList<>();

        int fed = feed.sentCount();
        long at = System.nanoTime();
        Running second = services.enrich();
        services.awaitHealthy(second);
        awaitEnriching(services, second);
        report.add(
            "a second enrich joined after "
                + fed
                + " fed: next delivery "
                + committed.millisToFirstFedFrom(fed, at, BOUND)
                + " ms after its start");

        fed = feed.sentCount();
        at = System.nanoTime();
        stop(second);
        report.add(
            "the second left (SIGTERM) after "
                + fed
                + " fed: next delivery "
                + committed.millisToFirstFedFrom(fed, at, BOUND)
                + " ms after the SIGTERM");

        second = services.enrich();
        services.awaitHealthy(second);
        awaitEnriching(services, second);
        List<Running> instances = new ArrayList<>(List.of(first, second));
        for (int i = 0; i < instances.size(); i++) {
          fed = feed.sentCount();
          at = System.nanoTime();
          stop(instances.get(i));
          Running again = services.enrich();
          services.awaitHealthy(again);
          instances.set(i, again);
          report.add(
              "rolling restart, instance "
                  + (i + 1)
                  + " of 2, after "
                  + fed
                  + " fed: next delivery "
                  + committed.millisToFirstFedFrom(fed, at, BOUND)
                  + " ms after its SIGTERM");
        }
        assertThat(feed.feeding())
            .as("ingest still fed to the end of the rolling restart")
            .isTrue();

        feed.awaitSent(MIN_ARTICLES, Duration.ofSeconds(60));
        List<String> ids = feed.finish();
        assertThat(ingest.awaitLine(l -> l.startsWith("produced "), Duration.ofSeconds(60)))
            .isEqualTo("produced " + ids.size() + ", rejected 0");
        Tally tally = Tally.of(ids, committed.awaitAll(ids, BOUND));
        report.forEach(System.out::println);
        System.out.println(
            "RebalanceIT: "
                + tally
                + ", dead-lettered "
                + committed.distinctOn("news.dlq")
                + "; wall time "
                + Duration.ofNanos(System.nanoTime() - started).toMillis()
                + " ms");
        assertThat(tally.lost())
            .as(
                "lost (enrich: %s; sink: %s)",
                NewsflowProcesses.tail(instances.get(0).stderrText()),
                NewsflowProcesses.tail(sink.stderrText()))
            .isEmpty();
        assertThat(tally.doubled()).as("doubled").isEmpty();
        assertThat(tally.unexpected()).as("nothing but the input").isEmpty();
        assertThat(instances)
            .allSatisfy(e -> assertThat(e.process.isAlive()).as("%s goes on", e.name).isTrue());
      }
    }
  }

  /** The joining instance took partitions and enriched something, so the rebalance happened. */
  private static void awaitEnriching(Services services, Running enrich)
      throws InterruptedException {
    long end = System.nanoTime() + BOUND.toNanos();
    while (services.metric(enrich, "newsflow_articles_enriched_total") == 0
        && System.nanoTime() < end) {
      Thread.sleep(300);
    }
    assertThat(services.metric(enrich, "newsflow_articles_enriched_total"))
        .as("%s enriched", enrich.name)
        .isPositive();
  }

  private static void stop(Running enrich) throws InterruptedException {
    enrich.process.destroy(); // SIGTERM
    assertThat(enrich.process.waitFor(30, TimeUnit.SECONDS))
        .as("%s stopped on SIGTERM", enrich.name)
        .isTrue();
  }
}
