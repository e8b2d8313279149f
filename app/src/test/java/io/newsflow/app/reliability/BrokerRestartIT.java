package io.newsflow.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.PackagedCommandLine;
import io.newsflow.app.reliability.CommittedKeys.Tally;
import io.newsflow.app.reliability.NewsflowProcesses.Running;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
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
 *
 * <p>One exception, Kafka's and not newsflow's: a single broker restarted after a kill can drop the
 * markers of the transaction it was committing and complete it anyway (docs/RELIABILITY.md, "Known
 * gaps"). When the broker logged that and an article was then lost or doubled, the run is reported
 * as skipped, with the broker's line and the tallies; {@code news.raw} is checked either way.
 */
class BrokerRestartIT {
  private static final int MIN_ARTICLES = 300;
  private static final int MAX_ARTICLES = 500;
  private static final int PER_SECOND = 8;
  private static final Duration RECOVERY_BOUND = Duration.ofSeconds(120);

  /** What Kafka's line on dropped markers says; log4j2.xml's console filter looks for it too. */
  private static final String DROPPED_MARKERS = "likely deleted already";

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
      Map<String, List<String>> places = new TreeMap<>();
      boolean recovered;
      try (CommittedKeys committed = new CommittedKeys(bootstrap, Services.OUTPUT_TOPICS);
          SteadyFeed feed = new SteadyFeed(ingest.process, "restart", MAX_ARTICLES, PER_SECOND)) {
        assertThat(committed.awaitFirst(id -> true, Duration.ofSeconds(120)))
            .as("a first delivery")
            .isPresent();
        Restarted stopped =
            restart(processes, broker, false, brokerArgs, 2, feed, committed, report);
        recovered = stopped.delivered();
        if (recovered) {
          recovered =
              restart(processes, stopped.broker(), true, brokerArgs, 3, feed, committed, report)
                  .delivered();
          feed.awaitSent(MIN_ARTICLES, Duration.ofSeconds(60));
        }
        ids = feed.finish();
        assertThat(ingest.awaitLine(l -> l.startsWith("produced "), Duration.ofSeconds(60)))
            .isEqualTo("produced " + ids.size() + ", rejected 0");
        // the inner topics as they are once ingest is done, read while the outputs settle
        try (CommittedKeys onRaw = new CommittedKeys(bootstrap, List.of("news.raw"));
            CommittedKeys onEnriched = new CommittedKeys(bootstrap, List.of("news.enriched"))) {
          // a stalled pipeline delivers nothing more: counting it takes no long waits
          seen = committed.awaitAll(ids, Duration.ofSeconds(recovered ? 120 : 20));
          seenOnRaw = onRaw.awaitAll(ids, Duration.ofSeconds(60));
          seenOnEnriched = onEnriched.awaitAll(ids, Duration.ofSeconds(recovered ? 60 : 10));
          for (CommittedKeys keys : List.of(committed, onRaw, onEnriched)) {
            keys.places(ids).forEach((id, at) -> places.merge(id, at, BrokerRestartIT::joined));
          }
        }
        report.add("dead-lettered " + committed.distinctOn("news.dlq"));
      }
      Tally out = Tally.of(ids, seen);
      Tally raw = Tally.of(ids, seenOnRaw);
      Tally enriched = Tally.of(ids, seenOnEnriched);
      String summary =
          String.format(
              "%s; news.raw: %s; news.enriched: %s; downstream and dead letters: %s",
              String.join("; ", report), raw, enriched, out);
      List<String> dropped = droppedMarkers(PackagedCommandLine.logFile(tmp));
      System.out.println(
          "BrokerRestartIT: "
              + summary
              + "; the broker's lines on dropped markers: "
              + dropped.size()
              + "; wall time "
              + Duration.ofNanos(System.nanoTime() - started).toMillis()
              + " ms");
      // a hop at a time, from the first: a copy made upstream is counted again downstream
      String where =
          String.format(
              "%s%ncopies: %s%nenrich: %s%nsink: %s",
              summary,
              copies(places, raw, enriched, out),
              NewsflowProcesses.tail(enrich.stderrText()),
              NewsflowProcesses.tail(sink.stderrText()));
      assertThat(raw.lost()).as("lost on news.raw: %s", where).isEmpty();
      assertThat(raw.doubled()).as("doubled on news.raw: %s", where).isEmpty();
      assertThat(out.unexpected()).as("nothing but the input").isEmpty();
      assertThat(enrich.process.isAlive()).as("enrich goes on").isTrue();
      assertThat(sink.process.isAlive()).as("sink goes on").isTrue();
      boolean exactlyOnce =
          recovered
              && enriched.doubled().isEmpty()
              && out.lost().isEmpty()
              && out.doubled().isEmpty();
      // Kafka's fault, not newsflow's, and only then: the run is reported as skipped, with why
      Assumptions.assumeTrue(
          exactlyOnce || dropped.isEmpty(),
          () ->
              "the broker dropped transaction markers for partitions without a leader (a Kafka"
                  + " fault on a single broker, docs/RELIABILITY.md, \"Known gaps\"): "
                  + dropped
                  + "\n"
                  + where);
      assertThat(recovered)
          .as("a delivery within %s of each restart: %s", RECOVERY_BOUND, where)
          .isTrue();
      assertThat(enriched.doubled()).as("doubled on news.enriched: %s", where).isEmpty();
      assertThat(out.lost()).as("lost: %s", where).isEmpty();
      assertThat(out.doubled()).as("doubled: %s", where).isEmpty();
    }
  }

  /**
   * The lines in which Kafka's transaction coordinator says it dropped a transaction's markers for
   * partitions it found no leader for. It takes them for deleted and may then complete the
   * transaction without them, so that it is committed in some partitions and aborted by the
   * producer's next marker in others: input read again (doubles) or state reverted while the input
   * offsets moved on (loss). A single broker's partitions have no leader for a moment when,
   * restarted after a kill, it is fenced and unfenced on its way back.
   */
  private static List<String> droppedMarkers(Path log) throws IOException {
    if (!Files.exists(log)) {
      return List.of();
    }
    try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
      return lines.filter(line -> line.contains(DROPPED_MARKERS)).toList();
    }
  }

  /** Where every copy of each doubled key sits, on any of the topics counted. */
  private static Map<String, List<String>> copies(
      Map<String, List<String>> places, Tally... tallies) {
    Map<String, List<String>> copies = new TreeMap<>();
    for (Tally tally : tallies) {
      tally.doubled().keySet().forEach(id -> copies.put(id, places.get(id)));
    }
    return copies;
  }

  private static List<String> joined(List<String> a, List<String> b) {
    List<String> both = new ArrayList<>(a);
    both.addAll(b);
    return both;
  }

  /** The broker started again, and whether an article fed after the stop came out in time. */
  private record Restarted(Running broker, boolean delivered) {}

  /**
   * Stops the broker (SIGTERM, or SIGKILL when {@code kill}), starts it again with the same
   * arguments, and waits up to {@link #RECOVERY_BOUND} for the first delivery of an article fed
   * after the stop.
   */
  private static Restarted restart(
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
    OptionalLong next = committed.firstFedFrom(fedBefore, RECOVERY_BOUND);
    report.add(
        String.format(
            "broker stopped by %s after %d fed, %d delivered: down %d ms, ready %d ms after"
                + " the restart, next delivery %s",
            how,
            fedBefore,
            deliveredBefore,
            TimeUnit.NANOSECONDS.toMillis(restarted - stopping),
            TimeUnit.NANOSECONDS.toMillis(ready - restarted),
            next.isPresent()
                ? TimeUnit.NANOSECONDS.toMillis(next.getAsLong() - restarted)
                    + " ms after the restart"
                : "none within " + RECOVERY_BOUND));
    return new Restarted(again, next.isPresent());
  }
}
