package io.newsflow.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.PackagedCommandLine;
import io.newsflow.app.reliability.NewsflowProcesses.Running;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several {@code enrich} processes on one machine with no setup: each takes a state folder of its
 * own, they share the partitions, and one told to use a folder another holds says so in one line.
 */
class StateDirectoriesIT {
  private static final Pattern STATE = Pattern.compile("; state (\\S+);");
  private static final String ASSIGNED = "kafka_consumer_coordinator_assigned_partitions";

  @BeforeAll
  static void needsThePackagedJar() {
    PackagedCommandLine.assumePackaged();
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void twoInstancesRunSideBySideAndAThirdOnAHeldFolderIsTurnedAway(@TempDir Path tmp)
      throws Exception {
    try (NewsflowProcesses processes = new NewsflowProcesses(tmp)) {
      Running broker = processes.start("broker", "384m", "broker", "--port", "0");
      String bootstrap = broker.awaitReady(Duration.ofSeconds(120));

      int firstPort = NewsflowProcesses.freePort();
      int secondPort = NewsflowProcesses.freePort();
      Running first =
          processes.start(
              "enrich-1",
              "320m",
              "enrich",
              "--bootstrap-servers",
              bootstrap,
              "--metrics-port",
              String.valueOf(firstPort));
      Running second =
          processes.start(
              "enrich-2",
              "320m",
              "enrich",
              "--bootstrap-servers",
              bootstrap,
              "--metrics-port",
              String.valueOf(secondPort));
      String firstState = first.awaitStderr(STATE, Duration.ofSeconds(120)).group(1);
      String secondState = second.awaitStderr(STATE, Duration.ofSeconds(120)).group(1);
      Path root = processes.home().resolve(".newsflow").resolve("state").resolve("enrich");
      assertThat(Path.of(firstState).getParent()).isEqualTo(root);
      assertThat(Path.of(secondState).getParent()).isEqualTo(root);
      assertThat(firstState).isNotEqualTo(secondState);

      // both run, and the raw topic's three partitions (with the repartition topics') are split
      // between them: each has some, neither has them all
      processes.awaitHealthy(first, firstPort, Duration.ofSeconds(120));
      processes.awaitHealthy(second, secondPort, Duration.ofSeconds(120));
      long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      double a = 0;
      double b = 0;
      while (System.nanoTime() < end) {
        a = processes.metric(firstPort, ASSIGNED);
        b = processes.metric(secondPort, ASSIGNED);
        if (a > 0 && b > 0) {
          break;
        }
        Thread.sleep(1_000);
      }
      assertThat(a).as("partitions of enrich-1").isPositive();
      assertThat(b).as("partitions of enrich-2").isPositive();
      assertThat(first.process.isAlive()).isTrue();
      assertThat(second.process.isAlive()).isTrue();

      Running third =
          processes.start(
              "enrich-3",
              "256m",
              "enrich",
              "--bootstrap-servers",
              bootstrap,
              "--metrics-port",
              String.valueOf(NewsflowProcesses.freePort()),
              "--state-dir",
              firstState);
      assertThat(third.process.waitFor(90, TimeUnit.SECONDS)).as("enrich-3 ended").isTrue();
      assertThat(third.process.exitValue()).isEqualTo(1);
      assertThat(third.stderrText().strip())
          .isEqualTo(
              "newsflow enrich: state directory "
                  + firstState
                  + " is in use by another newsflow process;"
                  + " give another --state-dir");
      assertThat(first.process.isAlive()).as("the holder is untouched").isTrue();
    }
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void stateLeftByAnotherClusterIsClearedInOneLine(@TempDir Path tmp) throws Exception {
    Path state = tmp.resolve("enrich-state");
    try (NewsflowProcesses processes = new NewsflowProcesses(tmp)) {
      Running gone = processes.start("broker-gone", "384m", "broker", "--port", "0");
      String bootstrap = gone.awaitReady(Duration.ofSeconds(120));
      int port = NewsflowProcesses.freePort();
      Running first =
          processes.start(
              "enrich-first",
              "320m",
              "enrich",
              "--bootstrap-servers",
              bootstrap,
              "--metrics-port",
              String.valueOf(port),
              "--state-dir",
              state.toString());
      processes.awaitHealthy(first, port, Duration.ofSeconds(120));
      Path input = tmp.resolve("articles.jsonl");
      Articles.write(input, "old", 40);
      processes
          .start(
              "ingest-old",
              "256m",
              "ingest",
              "--bootstrap-servers",
              bootstrap,
              "--metrics-port",
              "0",
              "--from",
              input.toString())
          .awaitLine(l -> l.startsWith("produced "), Duration.ofSeconds(120));
      long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      while (processes.metric(port, "newsflow_articles_enriched_total") < 40
          && System.nanoTime() < end) {
        Thread.sleep(500);
      }
      // a clean stop leaves the stores' checkpoints: offsets in changelogs of the cluster to go
      first.process.destroy();
      assertThat(first.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      gone.process.destroy();
      assertThat(gone.process.waitFor(60, TimeUnit.SECONDS)).isTrue();

      Running fresh = processes.start("broker-fresh", "384m", "broker", "--port", "0");
      String freshBootstrap = fresh.awaitReady(Duration.ofSeconds(120));
      Running second =
          processes.start(
              "enrich-second",
              "320m",
              "enrich",
              "--bootstrap-servers",
              freshBootstrap,
              "--metrics-port",
              String.valueOf(port),
              "--state-dir",
              state.toString());
      processes.awaitHealthy(second, port, Duration.ofSeconds(120));
      Articles.write(input, "new", 5);
      processes
          .start(
              "ingest-new",
              "256m",
              "ingest",
              "--bootstrap-servers",
              freshBootstrap,
              "--metrics-port",
              "0",
              "--from",
              input.toString())
          .awaitLine(l -> l.startsWith("produced "), Duration.ofSeconds(120));
      end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      while (processes.metric(port, "newsflow_articles_enriched_total") < 5
          && System.nanoTime() < end) {
        Thread.sleep(500);
      }
      assertThat(processes.metric(port, "newsflow_articles_enriched_total")).isEqualTo(5.0);

      String err = second.stderrText();
      assertThat(err.lines().filter(l -> l.contains("came from another Kafka cluster")).count())
          .as("enrich's stderr: %s", err)
          .isEqualTo(1);
      assertThat(err)
          .doesNotContain("TaskCorrupted")
          .doesNotContain("OffsetOutOfRange")
          .doesNotContain("\tat ");
    }
  }
}
