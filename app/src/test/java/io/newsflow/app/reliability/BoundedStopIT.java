package io.newsflow.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.PackagedCommandLine;
import io.newsflow.app.reliability.NewsflowProcesses.Running;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code enrich} whose broker is killed mid-stream still stops on SIGTERM within its stop timeout
 * (the default, 10 s), and says what it abandoned.
 */
class BoundedStopIT {
  private static final Duration BOUND = Duration.ofSeconds(10);

  /** For the JVM to start the stop and to exit, on a machine shared with other builds. */
  private static final Duration MARGIN = Duration.ofSeconds(5);

  private static final int ARTICLES = 2_000;

  @BeforeAll
  static void needsThePackagedJar() {
    PackagedCommandLine.assumePackaged();
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void enrichStopsWithinTheBoundWhenItsBrokerIsGone(@TempDir Path tmp) throws Exception {
    try (NewsflowProcesses processes = new NewsflowProcesses(tmp)) {
      Running broker = processes.start("broker", "384m", "broker", "--port", "0");
      String bootstrap = broker.awaitReady(Duration.ofSeconds(120));
      int port = NewsflowProcesses.freePort();
      Running enrich =
          processes.start(
              "enrich",
              "320m",
              "enrich",
              "--bootstrap-servers",
              bootstrap,
              "--metrics-port",
              String.valueOf(port));
      processes.awaitHealthy(enrich, port, Duration.ofSeconds(120));

      Path input = tmp.resolve("articles.jsonl");
      Articles.write(input, "stop", ARTICLES);
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
              input.toString());
      ingest.awaitLine(l -> l.startsWith("produced "), Duration.ofSeconds(120));

      // kill the broker while enrich is busy: it has a transaction open
      long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      double enriched = 0;
      while (enriched == 0 && System.nanoTime() < end) {
        Thread.sleep(500);
        enriched = processes.metric(port, "newsflow_articles_enriched_total");
      }
      assertThat(enriched).as("enrich at work before the broker goes").isPositive();
      broker.process.destroyForcibly(); // SIGKILL
      assertThat(broker.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      Thread.sleep(2_000);
      assertThat(enrich.process.isAlive()).isTrue();

      long sent = System.nanoTime();
      enrich.process.destroy(); // SIGTERM
      boolean ended = enrich.process.waitFor(BOUND.plus(MARGIN).toSeconds() + 30, TimeUnit.SECONDS);
      Duration took = Duration.ofNanos(System.nanoTime() - sent);
      System.out.println(
          "enrich stopped "
              + took.toMillis()
              + " ms after SIGTERM, its broker gone"
              + " ("
              + enriched
              + " of "
              + ARTICLES
              + " enriched when the broker was killed)");

      assertThat(ended).as("enrich ended").isTrue();
      assertThat(took).as("time from SIGTERM to exit").isLessThan(BOUND.plus(MARGIN));
      assertThat(enrich.stderrText())
          .as("stderr of enrich")
          .containsPattern(
              "stopped after [0-9.]+ s; enrich did not stop in time: any transaction in flight was"
                  + " abandoned and will be aborted by the broker");
    }
  }
}
