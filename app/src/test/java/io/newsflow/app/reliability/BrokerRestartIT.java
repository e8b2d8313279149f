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
 * The only broker is stopped mid-stream, first with SIGTERM, then with SIGKILL, and started again
 * on the same data folder and port each time, while ingest produces and enrich and sink run. Every
 * article comes out exactly once, downstream or as a dead letter, and the raw topic too holds each
 * once: ingest's idempotent producer does not double what it re-sends. {@code news.enriched} is
 * counted too, so that a failure names the hop where an article was doubled.
 */
class BrokerRestartIT {
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
  void nothingLostNothingDoubledWhenTheBrokerRestarts(@TempDir Path tmp) throws Exception {
    long started = System.nanoTime();
    try (NewsflowProcesses processes = new NewsflowProcesses(tmp)) {
      String[] brokerArgs = {
        "broker",
        "--port",
        String.valueOf(NewsflowProcesses.freePort()),
        "--data-dir",
        tmp.resolve("broker-data").toString()
      };
      Running broker = processes.start("broker-1", "384m", brokerArgs);
      String bootstrap = broker.awaitReady(Duration.ofSeconds(120));
      Services services = new Services(processes, bootstrap, Services.fastFailoverConfig(tmp));
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
      List<String> report = new ArrayList<>();
      List<String> ids;
      Map<String, Integer> seen;
      Map<String, Integer> seenOnRaw;
      Map<String, Integer> seenOnEnriched;
      try (CommittedKeys committed = new CommittedKeys(bootstrap, Services.OUTPUT_TOPICS);
          SteadyFeed feed = new SteadyFeed(ingest.process, "restart", MAX_ARTICLES, PER_SECOND)) {
        assertThat(committed.awaitFirst(id -> true, Duration.ofSeconds(120)))
            .as("a first delivery")
            .isPresent();
        broker = restart(processes, broker, false, brokerArgs, 2, feed, committed, report);
        broker = restart(processes, broker, true, brokerArgs, 3, feed, committed, report);

        feed.awaitSent(MIN_ARTICLES, Duration.ofSeconds(60));
        ids = feed.finish();
        assertThat(ingest.awaitLine(l -> l.startsWith("produced "), Duration.ofSeconds(60)))
            .isEqualTo("produced " + ids.size() + ", rejected 0");
        // the inner topics as they are once ingest is done, read while the outputs settle
        try (CommittedKeys onRaw = new CommittedKeys(bootstrap, List.of("news.raw"));
            CommittedKeys onEnriched = new CommittedKeys(bootstrap, List.of("news.enriched"))) {
          seen = committed.awaitAll(ids, Duration.ofSeconds(120));
          seenOnRaw = onRaw.awaitAll(ids, Duration.ofSeconds(60));
          seenOnEnriched = onEnriched.awaitAll(ids, Duration.ofSeconds(60));
        }
        report.add("dead-lettered " + committed.distinctOn("news.dlq"));
      }
      Tally out = Tally.of(ids, seen);
      Tally raw = Tally.of(ids, seenOnRaw);
      Tally enriched = Tally.of(ids, seenOnEnriched);
      String stderrs =
          String.format(
              "(enrich: %s; sink: %s)",
              NewsflowProcesses.tail(enrich.stderrText()),
              NewsflowProcesses.tail(sink.stderrText()));
      report.forEach(System.out::println);
      System.out.println(
          "BrokerRestartIT: downstream and dead letters: "
              + out
              + "; news.raw: "
              + raw
              + "; news.enriched: "
              + enriched
              + "; wall time "
              + Duration.ofNanos(System.nanoTime() - started).toMillis()
              + " ms");
      assertThat(out.lost()).as("lost %s", stderrs).isEmpty();
      assertThat(out.doubled()).as("doubled %s", stderrs).isEmpty();
      assertThat(out.unexpected()).as("nothing but the input").isEmpty();
      assertThat(raw.lost()).as("lost on the raw topic").isEmpty();
      assertThat(raw.doubled()).as("doubled on the raw topic").isEmpty();
      assertThat(enriched.doubled()).as("doubled on news.enriched").isEmpty();
      assertThat(enrich.process.isAlive()).as("enrich goes on").isTrue();
      assertThat(sink.process.isAlive()).as("sink goes on").isTrue();
    }
  }

  /**
   * Stops the broker (SIGTERM, or SIGKILL when {@code kill}), starts it again with the same
   * arguments, and waits for the first delivery of an article fed after the stop.
   */
  private static Running restart(
      NewsflowProcesses processes,
      Running broker,
      boolean kill,
      String[] args,
      int generation,
      SteadyFeed feed,
      CommittedKeys committed,
      List<String> report)
      throws Exception {
    String how = kill ? "SIGKILL" : "SIGTERM";
    assertThat(feed.feeding()).as("ingest still fed at the %s", how).isTrue();
    int fedBefore = feed.sentCount();
    int deliveredBefore = committed.distinct();
    long stopping = System.nanoTime();
    if (kill) {
      broker.process.destroyForcibly();
    } else {
      broker.process.destroy();
    }
    assertThat(broker.process.waitFor(60, TimeUnit.SECONDS))
        .as("the broker ended on %s", how)
        .isTrue();
    long restarted = System.nanoTime();
    Running again = processes.start("broker-" + generation, "384m", args);
    again.awaitReady(Duration.ofSeconds(120));
    long ready = System.nanoTime();
    long recovery = committed.millisToFirstFedFrom(fedBefore, restarted, RECOVERY_BOUND);
    report.add(
        String.format(
            "broker stopped by %s after %d fed, %d delivered: down %d ms, ready %d ms after"
                + " the restart, next delivery %d ms after the restart",
            how,
            fedBefore,
            deliveredBefore,
            TimeUnit.NANOSECONDS.toMillis(restarted - stopping),
            TimeUnit.NANOSECONDS.toMillis(ready - restarted),
            recovery));
    return again;
  }
}
