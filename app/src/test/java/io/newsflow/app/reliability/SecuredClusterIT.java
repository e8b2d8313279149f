package io.newsflow.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.PackagedCommandLine;
import io.newsflow.app.reliability.CommittedKeys.Tally;
import io.newsflow.app.reliability.NewsflowProcesses.Running;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on a secured broker, as separate processes: the embedded broker with a SASL_SSL
 * client listener (PLAIN over TLS, a PKCS12 keystore made here by {@code keytool}), a SASL
 * controller listener and the KRaft authorizer, set through {@code broker --broker-config}. The
 * user {@code newsflow} holds exactly the ACLs of {@link PipelineAcls}. With them ingest, enrich
 * and sink carry every article through; a wrong password and a user without ACLs are each refused
 * with one plain line; no password shows in any output, log file, {@code /health} or {@code
 * /metrics}. One broker serves every case to pay its start-up once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecuredClusterIT {
  private static final int ARTICLES = 20;
  private static final Duration REFUSAL_BOUND = Duration.ofSeconds(45);

  @TempDir static Path tmp;

  private static final Map<String, String> passwords = new HashMap<>();
  private static final List<Running> started = new ArrayList<>();
  private static final List<String> httpBodies = new ArrayList<>();
  private static NewsflowProcesses processes;
  private static String bootstrap;
  private static Path truststore;

  @BeforeAll
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  static void startSecuredBroker() throws Exception {
    PackagedCommandLine.assumePackaged();
    for (String who : List.of("admin", "newsflow", "stranger", "wrong", "keystore", "truststore")) {
      // fresh each run: a leak cannot pass for a fixed string that happens to be absent
      passwords.put(who, "pw-" + UUID.randomUUID().toString().replace("-", ""));
    }
    Path keystore = tmp.resolve("broker.p12");
    truststore = tmp.resolve("truststore.p12");
    TestCertificates.make(
        keystore, passwords.get("keystore"), truststore, passwords.get("truststore"), tmp);
    processes = new NewsflowProcesses(tmp);
    Running broker =
        start(
            "broker",
            "384m",
            "broker",
            "--port",
            "0",
            // the pipeline creates its topics itself, as newsflow: its CREATE is part of the test
            "--partitions",
            "0",
            "--broker-config",
            brokerProperties(keystore).toString(),
            "--config",
            clientProperties("admin", "admin").toString());
    bootstrap = broker.awaitReady(Duration.ofSeconds(120));
    try (Admin admin = Admin.create(adminClient())) {
      PipelineAcls.grant(admin, "newsflow");
    }
  }

  @AfterAll
  static void stopEverything() throws InterruptedException {
    if (processes != null) {
      processes.close();
    }
  }

  @Test
  @Order(1)
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void thePipelineRunsWithTheRightCredentials() throws Exception {
    Path config = clientProperties("newsflow", "newsflow");
    // Kafka Streams purges what it consumed of its repartition topics every 30 s by default:
    // sooner here, so that the test covers the permission it needs for that
    Files.writeString(config, "repartition.purge.interval.ms=1000\n", StandardOpenOption.APPEND);
    Services services = new Services(processes, bootstrap, config);
    Running enrich = services.enrich();
    Running sink = services.sink();
    started.add(enrich);
    started.add(sink);
    services.awaitHealthy(enrich);
    services.awaitHealthy(sink);
    int ingestMetrics = NewsflowProcesses.freePort();
    Running ingest =
        start(
            "ingest",
            "256m",
            "ingest",
            "--bootstrap-servers",
            bootstrap,
            "--config",
            config.toString(),
            "--metrics-port",
            String.valueOf(ingestMetrics),
            "--from",
            "-");
    // ingest reading stdin serves /metrics as soon as it runs; its /health says 503 until done
    String ingestUrl = "http://127.0.0.1:" + ingestMetrics;
    httpBodies.add(awaitBody(ingest, ingestUrl + "/metrics"));
    httpBodies.add(anyBody(ingestUrl + "/health"));
    List<String> ids = Articles.ids("secured", ARTICLES);
    try (OutputStream in = ingest.process.getOutputStream()) {
      for (int i = 0; i < ARTICLES; i++) {
        in.write((Articles.line("secured", i) + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    assertThat(ingest.awaitLine(l -> l.startsWith("produced "), Duration.ofSeconds(60)))
        .isEqualTo("produced " + ARTICLES + ", rejected 0");

    Map<String, Integer> seen =
        CommittedKeys.count(
            bootstrap,
            clientSettings("admin", "admin"),
            List.of("news.downstream"),
            ids,
            Duration.ofSeconds(120));
    Tally tally = Tally.of(ids, seen);
    System.out.println("SecuredClusterIT: " + tally);
    assertThat(tally.lost()).as("lost (enrich: %s; sink: %s)", tail(enrich), tail(sink)).isEmpty();
    assertThat(tally.doubled()).as("doubled").isEmpty();
    assertThat(logLines().filter(l -> l.toLowerCase(Locale.ROOT).contains("authoriz")))
        .as("no operation of the pipeline was refused, even one retried")
        .isEmpty();
    for (String path : List.of("/health", "/metrics")) {
      httpBodies.add(services.body(enrich, path));
      httpBodies.add(services.body(sink, path));
    }
    assertThat(services.metric(sink, "newsflow_articles_delivered_total"))
        .isEqualTo((double) ARTICLES);
  }

  @Test
  @Order(2)
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void aWrongPasswordIsRefusedInOnePlainLine() throws Exception {
    assertRefused(
        clientProperties("newsflow", "wrong"),
        "enrich",
        "did not accept newsflow's credentials",
        "Authentication failed",
        "check the security settings in the --config file");
  }

  @Test
  @Order(3)
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void aUserWithoutAclsIsToldSoInOnePlainLine() throws Exception {
    assertRefused(
        clientProperties("stranger", "stranger"),
        "sink",
        "does not allow newsflow's user",
        "ask its administrator for the ACLs");
  }

  @Test
  @Order(4)
  void noSecretAppearsInOutputLogsHealthOrMetrics() throws IOException {
    List<String> texts = new ArrayList<>(httpBodies);
    for (Running r : started) {
      texts.add(String.join("\n", r.lines));
      texts.add(r.stderrText());
    }
    texts.add(String.join("\n", logLines().toList()));
    String all = String.join("\n", texts);
    // the search must have something to search: the log file and the services' pages
    assertThat(all).contains("newsflow_articles_delivered_total").contains("kafka");
    passwords.forEach(
        (who, password) ->
            assertThat(all).as("the password of %s leaked", who).doesNotContain(password));
  }

  /**
   * Runs ingest and {@code service} side by side with {@code config}: each must be refused with one
   * stderr line that says all of {@code phrases}.
   */
  private static void assertRefused(Path config, String service, String... phrases)
      throws Exception {
    String why = config.getFileName().toString();
    List<Refusal> refusals =
        List.of(
            refusal("ingest-" + why, config, "ingest", "--from", articles()),
            refusal(service + "-" + why, config, service));
    for (Refusal r : refusals) {
      r.assertOneLine();
      assertThat(r.line()).contains(phrases);
    }
  }

  /** Runs a command that must be refused: exit 1 within {@link #REFUSAL_BOUND}. */
  private static Refusal refusal(String name, Path config, String... command) throws Exception {
    List<String> args = new ArrayList<>(List.of(command));
    args.addAll(
        List.of(
            "--bootstrap-servers",
            bootstrap,
            "--config",
            config.toString(),
            "--metrics-port",
            String.valueOf(NewsflowProcesses.freePort())));
    long began = System.nanoTime();
    Running r = start(name, "256m", args.toArray(String[]::new));
    return new Refusal(r, began);
  }

  private record Refusal(Running running, long began) {
    void assertOneLine() throws InterruptedException {
      boolean ended = running.process.waitFor(REFUSAL_BOUND.toSeconds(), TimeUnit.SECONDS);
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
      System.out.println("SecuredClusterIT: " + running.name + " refused in " + millis + " ms");
      assertThat(ended).as("%s ended within %s", running.name, REFUSAL_BOUND).isTrue();
      assertThat(running.process.exitValue()).as("%s exit code", running.name).isEqualTo(1);
      assertThat(running.stderrText().lines().filter(l -> !l.isBlank()).toList())
          .as("%s's stderr", running.name)
          .hasSize(1);
      assertThat(running.stderrText()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    String line() {
      return running.stderrText().strip();
    }
  }

  private static Running start(String name, String heap, String... args) throws IOException {
    Running r = processes.start(name, heap, args);
    started.add(r);
    return r;
  }

  private static String awaitBody(Running who, String url) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < end && who.process.isAlive()) {
      var body = processes.get(url);
      if (body.isPresent()) {
        return body.get();
      }
      Thread.sleep(300);
    }
    throw new AssertionError(who.name + " did not serve " + url + ": " + tail(who));
  }

  /** The body of {@code GET url}, whatever its status. */
  private static String anyBody(String url) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static String articles() throws IOException {
    Path file = tmp.resolve("refused-articles.jsonl");
    if (!Files.exists(file)) {
      Articles.write(file, "refused", 3);
    }
    return file.toString();
  }

  /** The lines of the log file that every process here writes, rolled-over parts included. */
  private static Stream<String> logLines() throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(tmp)) {
      for (Path log :
          files.filter(f -> f.getFileName().toString().startsWith("newsflow.log")).toList()) {
        lines.addAll(Files.readAllLines(log));
      }
    }
    return lines.stream();
  }

  private static String tail(Running r) {
    return NewsflowProcesses.tail(r.stderrText());
  }

  /**
   * The broker's secured listeners: clients on SASL_SSL, the quorum on SASL_PLAINTEXT (loopback),
   * both with PLAIN; the KRaft authorizer, {@code admin} the only super user.
   */
  private static Path brokerProperties(Path keystore) throws IOException {
    String admin = passwords.get("admin");
    String users =
        "user_admin=\"%s\" user_newsflow=\"%s\" user_stranger=\"%s\""
            .formatted(admin, passwords.get("newsflow"), passwords.get("stranger"));
    Properties p = new Properties();
    p.setProperty("listener.security.protocol.map", "CLIENT:SASL_SSL,CONTROLLER:SASL_PLAINTEXT");
    p.setProperty("sasl.enabled.mechanisms", "PLAIN");
    p.setProperty("sasl.mechanism.inter.broker.protocol", "PLAIN");
    p.setProperty("sasl.mechanism.controller.protocol", "PLAIN");
    p.setProperty("listener.name.client.plain.sasl.jaas.config", plainLogin("admin", admin, users));
    p.setProperty(
        "listener.name.controller.plain.sasl.jaas.config",
        plainLogin("admin", admin, "user_admin=\"" + admin + "\""));
    p.setProperty("ssl.keystore.type", "PKCS12");
    p.setProperty("ssl.keystore.location", keystore.toString());
    p.setProperty("ssl.keystore.password", passwords.get("keystore"));
    // the broker checks at start that a client of its own settings could connect to it
    p.setProperty("ssl.truststore.type", "PKCS12");
    p.setProperty("ssl.truststore.location", truststore.toString());
    p.setProperty("ssl.truststore.password", passwords.get("truststore"));
    p.setProperty(
        "authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
    p.setProperty("super.users", "User:admin");
    return store(p, "broker.properties");
  }

  /** A client properties file for {@code user}, with the password of {@code passwordOf}. */
  private static Path clientProperties(String user, String passwordOf) throws IOException {
    Properties p = new Properties();
    p.putAll(clientSettings(user, passwordOf));
    return store(p, "client-" + user + "-" + passwordOf + ".properties");
  }

  private static Map<String, String> clientSettings(String user, String passwordOf) {
    return Map.of(
        "security.protocol",
        "SASL_SSL",
        "sasl.mechanism",
        "PLAIN",
        "sasl.jaas.config",
        plainLogin(user, passwords.get(passwordOf), ""),
        "ssl.truststore.type",
        "PKCS12",
        "ssl.truststore.location",
        truststore.toString(),
        "ssl.truststore.password",
        passwords.get("truststore"));
  }

  private static Map<String, Object> adminClient() {
    Map<String, Object> client = new HashMap<>(clientSettings("admin", "admin"));
    client.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    return client;
  }

  private static String plainLogin(String user, String password, String more) {
    return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"%s\" password=\"%s\" %s;"
        .formatted(user, password, more);
  }

  private static Path store(Properties p, String name) throws IOException {
    Path file = tmp.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      p.store(out, null);
    }
    return file;
  }
}
