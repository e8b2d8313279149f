package io.newsflow.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.PackagedCommandLine;
import io.newsflow.app.reliability.CommittedKeys.Tally;
import io.newsflow.app.reliability.NewsflowProcesses.Running;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three broker processes form a cluster; ingest, enrich and sink run on it; the leader of the raw
 * topic's first partition is killed (SIGKILL) mid-stream. Every article still comes out exactly
 * once, downstream or as a dead letter, as a {@code read_committed} consumer sees it.
 */
class ClusterFailoverIT {
  private static final int ARTICLES = 300;
  private static final String RAW = "news.raw";

  @BeforeAll
  static void needsThePackagedJar() {
    PackagedCommandLine.assumePackaged();
  }

  @Test
  @Timeout(value = 8, unit = TimeUnit.MINUTES)
  void nothingLostNothingDoubledWhenALeaderDies(@TempDir Path tmp) throws Exception {
    try (NewsflowProcesses processes = new NewsflowProcesses(tmp)) {
      int[] ports = new int[3];
      int[] controllerPorts = new int[3];
      for (int i = 0; i < 3; i++) {
        ports[i] = NewsflowProcesses.freePort();
        controllerPorts[i] = NewsflowProcesses.freePort();
      }
      String voters =
          "1@127.0.0.1:"
              + controllerPorts[0]
              + ",2@127.0.0.1:"
              + controllerPorts[1]
              + ",3@127.0.0.1:"
              + controllerPorts[2];
      Map<Integer, Running> brokers = new HashMap<>();
      for (int i = 0; i < 3; i++) {
        int id = i + 1;
        brokers.put(
            id,
            processes.start(
                "broker-" + id,
                "320m",
                "broker",
                "--node-id",
                String.valueOf(id),
                "--voters",
                voters,
                "--port",
                String.valueOf(ports[i]),
                "--controller-port",
                String.valueOf(controllerPorts[i]),
                "--data-dir",
                tmp.resolve("node-" + id).toString()));
      }
      List<String> addresses = new ArrayList<>();
      for (int id = 1; id <= 3; id++) {
        addresses.add(brokers.get(id).awaitReady(Duration.ofSeconds(120)));
      }
      String bootstrap = String.join(",", addresses);

      int enrichPort = NewsflowProcesses.freePort();
      int sinkPort = NewsflowProcesses.freePort();
      Running enrich =
          processes.start(
              "enrich",
              "320m",
              "enrich",
              "--bootstrap-servers",
              bootstrap,
              "--metrics-port",
              String.valueOf(enrichPort));
      Running sink =
          processes.start(
              "sink",
              "256m",
              "sink",
              "--bootstrap-servers",
              bootstrap,
              "--metrics-port",
              String.valueOf(sinkPort));
      processes.awaitHealthy(enrich, enrichPort, Duration.ofSeconds(120));
      processes.awaitHealthy(sink, sinkPort, Duration.ofSeconds(120));
      assertReplicated(bootstrap);

      List<String> ids =
          new ArrayList<>(Articles.write(tmp.resolve("first.jsonl"), "before", ARTICLES / 2));
      ingest(processes, bootstrap, tmp.resolve("first.jsonl"), "ingest-1");
      // mid-stream: once the first articles come out, with the rest still on their way
      long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      while (processes.metric(sinkPort, "newsflow_articles_delivered_total") == 0
          && System.nanoTime() < end) {
        Thread.sleep(300);
      }
      double deliveredBefore = processes.metric(sinkPort, "newsflow_articles_delivered_total");
      assertThat(deliveredBefore).as("delivered before the kill").isPositive();
      int leader = leaderOfFirstRawPartition(bootstrap);
      Running victim = brokers.get(leader);
      victim.process.destroyForcibly(); // SIGKILL
      assertThat(victim.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      List<String> alive = new ArrayList<>(addresses);
      alive.remove(leader - 1);

      ids.addAll(Articles.write(tmp.resolve("second.jsonl"), "after", ARTICLES / 2));
      ingest(processes, String.join(",", alive), tmp.resolve("second.jsonl"), "ingest-2");

      Tally tally =
          Tally.of(
              ids,
              CommittedKeys.count(
                  String.join(",", alive), Services.OUTPUT_TOPICS, ids, Duration.ofSeconds(180)));
      System.out.println(
          "killed broker "
              + leader
              + " (leader of "
              + RAW
              + "-0) after "
              + deliveredBefore
              + " deliveries; read_committed: "
              + tally);
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

  private static void ingest(NewsflowProcesses processes, String bootstrap, Path file, String name)
      throws Exception {
    Running ingest =
        processes.start(
            name,
            "256m",
            "ingest",
            "--bootstrap-servers",
            bootstrap,
            "--metrics-port",
            "0",
            "--from",
            file.toString());
    assertThat(ingest.awaitLine(l -> l.startsWith("produced "), Duration.ofSeconds(120)))
        .isEqualTo("produced " + ARTICLES / 2 + ", rejected 0");
  }

  private static Admin admin(String bootstrap) {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
    return Admin.create(p);
  }

  /** newsflow made its topics with three replicas, two in sync, as the cluster has three nodes. */
  private static void assertReplicated(String bootstrap) throws Exception {
    try (Admin admin = admin(bootstrap)) {
      TopicDescription raw =
          admin.describeTopics(List.of(RAW)).allTopicNames().get(30, TimeUnit.SECONDS).get(RAW);
      assertThat(raw.partitions()).allSatisfy(p -> assertThat(p.replicas()).hasSize(3));
      var resource =
          new org.apache.kafka.common.config.ConfigResource(
              org.apache.kafka.common.config.ConfigResource.Type.TOPIC, RAW);
      String minIsr =
          admin
              .describeConfigs(List.of(resource))
              .all()
              .get(30, TimeUnit.SECONDS)
              .get(resource)
              .get("min.insync.replicas")
              .value();
      assertThat(minIsr).isEqualTo("2");
    }
  }

  private static int leaderOfFirstRawPartition(String bootstrap) throws Exception {
    try (Admin admin = admin(bootstrap)) {
      TopicDescription raw =
          admin.describeTopics(List.of(RAW)).allTopicNames().get(30, TimeUnit.SECONDS).get(RAW);
      TopicPartitionInfo first = raw.partitions().get(0);
      return first.leader().id();
    }
  }
}
