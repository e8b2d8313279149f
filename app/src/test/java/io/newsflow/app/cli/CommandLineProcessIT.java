package io.newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.PackagedCommandLine;
import io.newsflow.app.kafka.KafkaProbe;
import io.newsflow.common.kafka.KafkaSettings;
import io.newsflow.common.kafka.Topic;
import io.newsflow.common.kafka.Topics;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged command line as users run it: its own JVM, real signals, real exit codes. */
class CommandLineProcessIT {

  @BeforeAll
  static void needsThePackagedJar() {
    PackagedCommandLine.assumePackaged();
  }

  @Test
  void brokerPrintsReadyAndStopsCleanlyOnSigterm(@TempDir Path tmp) throws Exception {
    Process process = start(tmp, "broker", "--port", "0");
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String ready = CompletableFuture.supplyAsync(() -> readLine(out)).get(120, TimeUnit.SECONDS);
      assertThat(ready).matches("ready 127\\.0\\.0\\.1:\\d+");
      String bootstrap = ready.substring("ready ".length());
      int port = Integer.parseInt(bootstrap.substring(bootstrap.indexOf(':') + 1));
      assertThat(KafkaProbe.probe(KafkaSettings.local(bootstrap), Duration.ofSeconds(10)).topics())
          .as("the pipeline's topics, ready before 'ready'")
          .containsAll(Topics.defaults().all().stream().map(Topic::name).toList());
      assertThat(brokerDataDirs(tmp)).as("a temporary data directory while running").hasSize(1);

      // SIGTERM, as a service manager would stop it (Ctrl-C's SIGINT runs the same shutdown hooks);
      // through the handle, which unlike Process.destroy() leaves the output streams readable
      process.toHandle().destroy();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s").isTrue();
      assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
          .contains("broker stopped");
      assertThat(accepts(port)).as("port %d closed", port).isFalse();
      assertThat(brokerDataDirs(tmp)).as("temporary data deleted").isEmpty();
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void subscribeToAnUnreachableBrokerFailsWithOneLineWithinThirtySeconds(@TempDir Path tmp)
      throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    long start = System.nanoTime();
    Process process = start(tmp, "subscribe", "--bootstrap-servers", "127.0.0.1:" + port);
    try {
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("gave up within 30 s").isTrue();
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.exitValue()).isEqualTo(1);
      assertThat(out).isEmpty();
      assertThat(err.lines().toList()).as(err).hasSize(1);
      assertThat(err)
          .contains("cannot reach Kafka at 127.0.0.1:" + port)
          .contains("./newsflow broker")
          .contains("--bootstrap-servers");
      assertThat(took).isLessThan(Duration.ofSeconds(30));
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void aBadFlagExits2WithOneLine(@TempDir Path tmp) throws Exception {
    Process process = start(tmp, "broker", "--prot", "9092");
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(err.lines().toList()).as(err).hasSize(1);
    assertThat(err).contains("--prot", "newsflow broker --help");
  }

  @Test
  void aTakenPortFailsAtOnceNamingTheFlagOfThatCommand(@TempDir Path tmp) throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      String port = String.valueOf(taken.getLocalPort());
      // Kafka is not reached for: the port is checked first (no cluster listens on port 1)
      assertFailsAtOnce(tmp, 1, "demo --http-port", "demo", "--http-port", port);
      assertFailsAtOnce(
          tmp,
          1,
          "enrich --metrics-port",
          "enrich",
          "--metrics-port",
          port,
          "--bootstrap-servers",
          "127.0.0.1:1");
      assertFailsAtOnce(
          tmp,
          1,
          "sink --http-port",
          "sink",
          "--http-port",
          port,
          "--metrics-port",
          "0",
          "--bootstrap-servers",
          "127.0.0.1:1");
    }
  }

  @Test
  void aPortOutOfRangeIsBadUsage(@TempDir Path tmp) throws Exception {
    assertFailsAtOnce(tmp, 2, "'70000' is not a port", "enrich", "--metrics-port", "70000");
  }

  @Test
  void theDemoShowsOnlyItsOwnLinesAndItsTransactionsStartWithoutErrors(@TempDir Path tmp)
      throws Exception {
    Path stderr = tmp.resolve("stderr.txt");
    Process process =
        new ProcessBuilder(
                PackagedCommandLine.command(tmp, "768m", "demo", "--rate", "0", "--http-port", "0"))
            .redirectError(stderr.toFile())
            .start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      List<String> lines = new java.util.ArrayList<>();
      CompletableFuture.runAsync(
              () -> {
                int expected = -1;
                int shown = 0;
                for (String line; (line = readLine(out)) != null; ) {
                  lines.add(line);
                  java.util.regex.Matcher produced =
                      java.util.regex.Pattern.compile("produced (\\d+),").matcher(line);
                  if (line.startsWith("ingested the sample articles") && produced.find()) {
                    expected = Integer.parseInt(produced.group(1));
                  }
                  if (line.startsWith("  [") && ++shown == expected) {
                    return;
                  }
                }
              })
          .get(240, TimeUnit.SECONDS);
      process.toHandle().destroy();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped").isTrue();

      String console = Files.readString(stderr);
      assertThat(console.lines().filter(l -> !l.contains(" i.n.")).toList())
          .as("stderr holds newsflow's own lines only:%n%s", console)
          .isEmpty();
      Path log = PackagedCommandLine.logFile(tmp);
      String logged = Files.exists(log) ? Files.readString(log) : "";
      // the start-up race of transactions (see EmbeddedBroker): retried, but never quiet
      assertThat(logged)
          .as(logged)
          .doesNotContain(
              "CONCURRENT_TRANSACTIONS", "OutOfOrderSequence", "OUT_OF_ORDER_SEQUENCE_NUMBER");
      assertThat(lines).as("the articles, on stdout").anyMatch(l -> l.startsWith("  ["));
    } finally {
      process.destroyForcibly();
    }
  }

  /**
   * The command exits with {@code code} and one line on stderr holding {@code expected}. "At once"
   * is a JVM start and a bind: 2 s on a quiet machine; the bound allows for a loaded one.
   */
  private static void assertFailsAtOnce(Path tmp, int code, String expected, String... args)
      throws Exception {
    Process process = start(tmp, args);
    try {
      assertThat(process.waitFor(15, TimeUnit.SECONDS))
          .as("%s gave up at once", List.of(args))
          .isTrue();
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.exitValue()).as(err).isEqualTo(code);
      assertThat(err.lines().toList()).as(err).hasSize(1);
      assertThat(err).contains(expected).doesNotContain("Exception");
    } finally {
      process.destroyForcibly();
    }
  }

  private static Process start(Path tmp, String... args) throws IOException {
    return new ProcessBuilder(PackagedCommandLine.command(tmp, "512m", args)).start();
  }

  private static String readLine(BufferedReader reader) {
    try {
      return reader.readLine();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> brokerDataDirs(Path tmp) throws IOException {
    try (Stream<Path> files = Files.list(tmp)) {
      return files.filter(p -> p.getFileName().toString().startsWith("newsflow-broker-")).toList();
    }
  }

  private static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
