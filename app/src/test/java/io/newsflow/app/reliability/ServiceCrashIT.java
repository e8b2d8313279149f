package io.newsflow.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.PackagedCommandLine;
import io.newsflow.app.reliability.CommittedKeys.Tally;
import io.newsflow.app.reliability.NewsflowProcesses.Running;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * On one broker, with ingest producing throughout: enrich is killed (SIGKILL) mid-stream and
 * restarted, then sink, then both at once. Every article still comes out exactly once, downstream
 * or as a dead letter, as a {@code read_committed} consumer sees it. The three crashes run in
 * sequence on one broker to pay its start-up once.
 */
class ServiceCrashIT {
  /** The feed goes on after the last recovery until at least this many went in. */
  private static final int MIN_ARTICLES = 300;

  private static final int MAX_ARTICLES = 500;
  private static final int PER_SECOND = 8;
  private static final Duration RECOVERY_BOUND = Duration.ofSeconds(120);

  @BeforeAll
  static void needsThePackagedJar() {
    PackagedCommandLine.assumePackaged();
  }

  @Test
  @Timeout(value = 6, unit = TimeUnit.MINUTES)
  void nothingLostNothingDoubledWhenServicesAreKilled(@TempDir Path tmp) throws Exception {
    long started = System.nanoTime();
    try (NewsflowProcesses processes = new NewsflowProcesses(tmp)) {
      Running broker = processes.start("broker", "384m", "broker", "--port", "0");
      String bootstrap = broker.awaitReady(Duration.ofSeconds(120));
      Path config = Services.fastFailoverConfig(tmp);
      Services services = new Services(processes, bootstrap, config);
      Running enrich = services.enrich();
      Running sink = services.sink();
      services.awaitHealthy(enrich);
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
          SteadyFeed feed = new SteadyFeed(ingest.process, "crash", MAX_ARTICLES, PER_SECOND)) {
        assertThat(committed.awaitFirst(id -> true, Duration.ofSeconds(120)))
            .as("a first delivery")
            .isPresent();

        List<String> report = new ArrayList<>();
        enrich =
            crashAndRestart("enrich", List.of(enrich), feed, committed, report, services::enrich)
                .get(0);
        sink =
            crashAndRestart("sink", List.of(sink), feed, committed, report, services::sink).get(0);
        List<Running> both =
            crashAndRestart(
                "enrich and sink",
                List.of(enrich, sink),
                feed,
                committed,
                report,
                services::enrich,
                services::sink);
        enrich = both.get(0);
        sink = both.get(1);

        feed.awaitSent(MIN_ARTICLES, Duration.ofSeconds(60));
        List<String> ids = feed.finish();
        assertThat(ingest.awaitLine(l -> l.startsWith("produced "), Duration.ofSeconds(60)))
            .isEqualTo("produced " + ids.size() + ", rejected 0");
        Map<String, Integer> seen = committed.awaitAll(ids, Duration.ofSeconds(120));
        Tally tally = Tally.of(ids, seen);
        report.forEach(System.out::println);
        System.out.println(
            "ServiceCrashIT: "
                + tally
                + ", dead-lettered "
                + committed.distinctOn("news.dlq")
                + "; wall time "
                + Duration.ofNanos(System.nanoTime() - started).toMillis()
                + " ms");
        assertThat(tally.lost())
            .as(
                "lost (enrich: %s; sink: %s)",
                NewsflowProcesses.tail(enrich.stderrText()),
                NewsflowProcesses.tail(sink.stderrText()))
            .isEmpty();
        assertThat(tally.doubled()).as("doubled").isEmpty();
        assertThat(tally.unexpected()).as("nothing but the input").isEmpty();
        assertThat(enrich.process.isAlive()).as("enrich goes on").isTrue();
        assertThat(sink.process.isAlive()).as("sink goes on").isTrue();
      }
    }
  }

  /** A service to start again. */
  private interface Restart {
    Running start() throws Exception;
  }

  /**
   * Kills the victims at once (SIGKILL), starts them again, and waits for the first delivery of an
   * article fed after the kill: only the restarted services can have carried it through.
   */
  private static List<Running> crashAndRestart(
      String what,
      List<Running> victims,
      SteadyFeed feed,
      CommittedKeys committed,
      List<String> report,
      Restart... restarts)
      throws Exception {
    assertThat(feed.feeding()).as("ingest still fed when %s is killed", what).isTrue();
    int fedBefore = feed.sentCount();
    int deliveredBefore = committed.distinct();
    victims.forEach(v -> v.process.destroyForcibly());
    for (Running v : victims) {
      assertThat(v.process.waitFor(30, TimeUnit.SECONDS)).as("%s ended", v.name).isTrue();
    }
    long restarted = System.nanoTime();
    List<Running> again = new ArrayList<>();
    for (Restart restart : restarts) {
      again.add(restart.start());
    }
    long recovery = committed.millisToFirstFedFrom(fedBefore, restarted, RECOVERY_BOUND);
    report.add(
        String.format(
            "killed %s after %d fed, %d delivered; recovered (restart to next delivery) in %d ms",
            what, fedBefore, deliveredBefore, recovery));
    return again;
  }
}
