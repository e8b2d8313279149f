package io.newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** The command line without Kafka: help, usage errors, exit codes, where settings come from. */
class NewsflowTest {

  record Run(int code, String out, String err) {}

  static Run run(Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Newsflow.execute(environment, new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  static Run run(String... args) {
    return run(Map.of(), args);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "demo",
        "broker",
        "ingest",
        "enrich",
        "sink",
        "subscribe",
        "tag",
        "sentiment",
        "dlq",
        "bench"
      })
  void everyCommandHasHelp(String command) {
    Run run = run(command, "--help");
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("Usage: newsflow " + command).contains("--help");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void theOverviewListsEveryCommand() {
    Run run = run("--help");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("demo", "broker", "ingest", "enrich", "sink", "subscribe", "tag", "sentiment");
  }

  @Test
  void noCommandIsBadUsage() {
    Run run = run();
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("Usage: newsflow");
  }

  @Test
  void kafkaCommandsTakeBothSpellingsOfBootstrapServersAndConfig() {
    for (String command : new String[] {"ingest", "enrich", "sink", "subscribe", "demo", "bench"}) {
      assertThat(run(command, "--help").out())
          .as(command)
          .contains("--bootstrap-servers", "--bootstrap-server", "--config=FILE");
    }
    assertThat(run("ingest", "--help").out()).contains("--metrics-port", "9401");
    assertThat(run("enrich", "--help").out()).contains("--metrics-port", "9402");
    assertThat(run("sink", "--help").out()).contains("--metrics-port", "9403");
  }

  @Test
  void anUnknownOptionIsOneLineWithASuggestionAndExit2() {
    Run run = run("subscribe", "--entiy", "Blinken");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err())
        .contains("'--entiy'")
        .contains("did you mean --entity?")
        .contains("see 'newsflow subscribe --help'");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "subscribe --sentiment happy",
        "subscribe --type PLACE",
        "subscribe --timeout soon",
        "subscribe --timeout 0s",
        "subscribe --max 0",
        "subscribe --max many",
        "broker --port 70000",
        "broker --partitions -1",
        "ingest",
        "tag --format xml",
        "nonsense",
        "enrich --metrics-port 70000",
        "sink --metrics-port -1",
        "ingest --from - --metrics-port port",
        "enrich --http-port 65536",
        "demo --http-port 99999",
        "demo --rate -1",
        "demo --rate fast",
        "demo --rate NaN",
        "demo --rate Infinity",
        "broker --port x",
        "broker --data-dir pom.xml",
        "subscribe --config /no/such/file.properties",
        "enrich --config .",
        "tag /no/such/article.txt",
        "sentiment /no/such/article.txt",
        "bench --rate -1",
        "bench --duration 0s",
        "bench --duration soon",
        "bench --instances -1",
        "bench --from /no/such/folder",
        "bench --from pom.xml"
      })
  void badValuesAreOneLineAndExit2(String commandLine) {
    Run run = run(commandLine.split(" "));
    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.err().lines()).as(run.err()).hasSize(1);
    assertThat(run.err()).contains("--help'");
  }

  @Test
  void entityTypesAreReadByNameOrConllTagInAnyCase() {
    Converters.EntityTypes types = new Converters.EntityTypes();
    assertThat(types.convert("person")).hasToString("PERSON");
    assertThat(types.convert("ORG")).hasToString("ORGANIZATION");
    assertThat(types.convert("loc")).hasToString("LOCATION");
  }

  /** A cluster nobody listens on, and a short wait for it. */
  private static Run unreachable(String... args) {
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return run(
        Map.of("NEWSFLOW_BOOTSTRAP_SERVERS", "127.0.0.1:" + port, "NEWSFLOW_CONNECT_TIMEOUT", "2s"),
        args);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ingest --from -", "enrich", "sink"})
  void servicesFailWithOneLineWhenKafkaCannotBeReached(String commandLine) {
    Run run = unreachable(commandLine.split(" "));
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err().lines()).as(run.err()).hasSize(1);
    assertThat(run.err()).contains("cannot reach Kafka at 127.0.0.1:");
  }

  @Test
  void ingestHelpDocumentsItsExitCodes() {
    assertThat(run("ingest", "--help").out())
        .contains(
            "Exit codes:", "0   every input was produced", "3   some or all input was rejected");
    assertThat(run("dlq", "replay", "--help").out())
        .contains("--stage", "--reason", "--since", "once");
  }

  @Test
  void badValuesSayPlainlyWhatIsWrong() {
    assertThat(run("enrich", "--metrics-port", "70000").err())
        .startsWith("newsflow enrich: ")
        .contains("--metrics-port", "'70000' is not a port: use 1 to 65535")
        .doesNotContain("Exception");
    assertThat(run("demo", "--rate", "-1").err()).contains("--rate", "a rate must be 0 or more");
    assertThat(run("subscribe", "--max", "0").err()).contains("--max", "a count must be 1 or more");
  }

  @Test
  void aSubscriptionsFileThatCannotBeUsedIsOneLineAndExit2BeforeKafkaIsAsked(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("subscriptions.yaml");
    Files.writeString(file, "subscriptions:\n  - {name: a, to: 'topic:x', tpye: PERSON}\n");
    String[] sink = {
      "sink", "--bootstrap-servers", "127.0.0.1:1", "--state-dir", dir.resolve("state").toString()
    };
    Run unknownField = run(concat(sink, "--subscriptions", file.toString()));
    assertThat(unknownField.code()).as(unknownField.err()).isEqualTo(2);
    assertThat(unknownField.err().lines()).hasSize(1);
    assertThat(unknownField.err())
        .startsWith("newsflow sink: --subscriptions ")
        .contains("subscription 'a': unknown field 'tpye'");

    Run missing = run(concat(sink, "--subscriptions", dir.resolve("none.yaml").toString()));
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("cannot read the subscriptions file");
  }

  private static String[] concat(String[] first, String... more) {
    return java.util.stream.Stream.concat(Arrays.stream(first), Arrays.stream(more))
        .toArray(String[]::new);
  }

  @Test
  void aMetricsPortOutOfRangeFromTheEnvironmentIsAConfigurationError() {
    Run run = run(Map.of("NEWSFLOW_METRICS_PORT", "70000"), "enrich");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err().lines()).as(run.err()).hasSize(1);
    assertThat(run.err())
        .contains("newsflow.metrics.port must be a port")
        .doesNotContain("unexpected");
  }

  @Test
  void offlineCommandsSayWhichFileIsMissing() {
    for (String command : new String[] {"tag", "sentiment"}) {
      Run run = run(command, "/no/such/article.txt");
      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err().lines()).hasSize(1);
      assertThat(run.err()).contains("no such file: /no/such/article.txt");
    }
  }

  @Test
  void verboseAddsTheStackTrace() {
    Run quiet = unreachable("enrich");
    Run verbose = unreachable("enrich", "--verbose");
    Run verboseFirst = unreachable("--verbose", "enrich");
    assertThat(quiet.err().lines()).hasSize(1);
    assertThat(verbose.err()).contains("\tat io.newsflow.app.run.Cluster.prepare");
    assertThat(verboseFirst.err()).contains("\tat io.newsflow.app.run.Cluster.prepare");
  }

  @Test
  void aMissingConfigFileSaysSo() {
    Run run = run("subscribe", "--config", "/no/such/file.properties");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).contains("/no/such/file.properties", "--config");
  }

  /** A command that fails as a Kafka client call past the commands' own checks can. */
  @Command(name = "refused")
  static final class Refused implements Callable<Integer> {
    private final RuntimeException failure;

    Refused(RuntimeException failure) {
      this.failure = failure;
    }

    @Override
    public Integer call() {
      throw failure;
    }
  }

  static Run refused(RuntimeException failure) {
    StringWriter err = new StringWriter();
    CommandLine commandLine =
        Newsflow.commandLine(Map.of(), new PrintWriter(new StringWriter()), new PrintWriter(err))
            .addSubcommand(new Refused(failure))
            .setErr(new PrintWriter(err));
    int code = commandLine.execute("refused");
    return new Run(code, "", err.toString());
  }

  @Test
  void kafkaRefusingTheUserIsOnePlainLine() {
    Run unauthorized =
        refused(
            new org.apache.kafka.common.errors.TopicAuthorizationException(
                java.util.Set.of("news.downstream")));
    Run unauthenticated =
        refused(
            new org.apache.kafka.common.errors.SaslAuthenticationException(
                "Authentication failed: Invalid username or password"));
    assertThat(unauthorized.code()).isEqualTo(1);
    assertThat(unauthorized.err().lines())
        .containsExactly(
            "newsflow refused: Kafka does not allow this: Not authorized to access topics:"
                + " [news.downstream]; ask its administrator for the ACLs (docs/OPERATIONS.md) or"
                + " use other credentials in --config");
    assertThat(unauthenticated.code()).isEqualTo(1);
    assertThat(unauthenticated.err().lines())
        .containsExactly(
            "newsflow refused: Kafka did not accept newsflow's credentials: Authentication failed:"
                + " Invalid username or password; check the security settings in the --config"
                + " file");
  }

  /** A command that only reports where its settings say Kafka is. */
  @Command(name = "where")
  static final class Where implements Callable<Integer> {
    @Mixin KafkaOptions kafka;
    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      spec.commandLine()
          .getOut()
          .print(
              kafka.settings().bootstrapServers()
                  + " "
                  + new java.util.TreeMap<>(kafka.settings().clientProperties()));
      return 0;
    }
  }

  static String where(Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    CommandLine commandLine =
        Newsflow.commandLine(environment, new PrintWriter(out), new PrintWriter(new StringWriter()))
            .addSubcommand(new Where())
            .setOut(
                new PrintWriter(out)); // again: setOut reaches only the subcommands added before
    String[] all = new String[args.length + 1];
    all[0] = "where";
    System.arraycopy(args, 0, all, 1, args.length);
    assertThat(commandLine.execute(all)).isZero();
    return out.toString();
  }

  @Test
  void bootstrapServersComeFromTheFlagThenTheEnvironmentThenTheFileThenTheDefault(@TempDir Path dir)
      throws IOException {
    Path kafkaFile = dir.resolve("client.properties");
    Files.writeString(kafkaFile, "bootstrap.servers=file:9092\nsecurity.protocol=SSL\n");
    Path newsflowFile = dir.resolve("newsflow.properties");
    Files.writeString(
        newsflowFile,
        "newsflow.bootstrap.servers=newsflow-file:9092\nbootstrap.servers=file:9092\n");
    Map<String, String> env = Map.of("NEWSFLOW_BOOTSTRAP_SERVERS", "env:9092");

    assertThat(where(Map.of())).startsWith("127.0.0.1:9092 ");
    assertThat(where(Map.of(), "--config", kafkaFile.toString()))
        .isEqualTo("file:9092 {bootstrap.servers=file:9092, security.protocol=SSL}");
    assertThat(where(Map.of(), "--config", newsflowFile.toString()))
        .startsWith("newsflow-file:9092 ");
    assertThat(where(env, "--config", kafkaFile.toString())).startsWith("env:9092 ");
    assertThat(where(env, "--bootstrap-server", "flag:9092", "--config", kafkaFile.toString()))
        .startsWith("flag:9092 ");
    assertThat(where(env, "--bootstrap-servers", "a:1,b:2")).startsWith("a:1,b:2 ");
  }
}
