package io.newsflow.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.app.PackagedCommandLine;
import io.newsflow.common.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline as an operator runs it: broker, ingest, enrich and sink as separate processes of the
 * packaged command line, and a subscriber that prints the enriched article.
 */
class SeparateProcessesIT {
  /**
   * A bundled sample, so that the test checks the same article on every machine (the shared wire
   * article's entities are checked in enrich's TrainedEntityRecognizerTest), with a cookie banner
   * appended that the cleaner must strip.
   */
  private static final String BUNDLED_SAMPLE =
      "/io/newsflow/app/demo/samples/01-floods-emilia-romagna.txt";

  private static final String COOKIE_BANNER =
      "\nThis site uses cookies to give you the best experience. By continuing you accept our use of"
          + " cookies. Accept Read More\n";

  private final List<Process> processes = new ArrayList<>();

  @BeforeAll
  static void needsThePackagedJar() {
    PackagedCommandLine.assumePackaged();
  }

  @AfterEach
  void stopAll() throws InterruptedException {
    for (int i = processes.size() - 1; i >= 0; i--) {
      processes.get(i).toHandle().destroy();
    }
    for (Process p : processes) {
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
  }

  @Test
  void brokerIngestEnrichSinkAndSubscribe(@TempDir Path tmp) throws Exception {
    Path inbox = Files.createDirectories(tmp.resolve("inbox"));
    try (InputStream in = SeparateProcessesIT.class.getResourceAsStream(BUNDLED_SAMPLE)) {
      String article = new String(in.readAllBytes(), StandardCharsets.UTF_8) + COOKIE_BANNER;
      Files.writeString(inbox.resolve("wire.txt"), article);
    }

    Process broker = start(tmp, "broker", "--port", "0");
    BufferedReader brokerOut = reader(broker.getInputStream());
    String ready =
        CompletableFuture.supplyAsync(() -> readLine(brokerOut)).get(120, TimeUnit.SECONDS);
    assertThat(ready).startsWith("ready ");
    String bootstrap = ready.substring("ready ".length());

    Process ingest =
        start(
            tmp,
            "ingest",
            "--bootstrap-servers",
            bootstrap,
            "--from",
            inbox.toString(),
            "--metrics-port",
            "0");
    assertThat(ingest.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(new String(ingest.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip())
        .isEqualTo("produced 1, rejected 0");
    assertThat(ingest.exitValue()).isZero();

    start(
        tmp,
        "enrich",
        "--bootstrap-servers",
        bootstrap,
        "--metrics-port",
        "0",
        "--config",
        properties(tmp, "enrich", "newsflow.enrich.state.dir=" + tmp.resolve("enrich-state"))
            .toString());
    start(
        tmp,
        "sink",
        "--bootstrap-server",
        bootstrap,
        "--metrics-port",
        "0",
        "--config",
        properties(tmp, "sink", "newsflow.sink.state.dir=" + tmp.resolve("sink-state")).toString());

    Process subscribe =
        start(
            tmp,
            "subscribe",
            "--bootstrap-servers",
            bootstrap,
            "--from-beginning",
            "--max",
            "1",
            "--timeout",
            "150s");
    assertThat(subscribe.waitFor(180, TimeUnit.SECONDS)).as("subscribe ended").isTrue();
    String printed = new String(subscribe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(subscribe.exitValue())
        .as(
            "subscribe: %s",
            new String(subscribe.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
        .isZero();
    assertThat(printed.lines().toList()).hasSize(1);

    JsonNode article = Json.tree(printed);
    EnrichedArticleContract.check(article);
    assertThat(article.path("body").asText()).doesNotContainIgnoringCase("cookies");
    assertThat(article.path("headline").asText()).startsWith("Floods force thousands");
    Map<String, String> types = new HashMap<>();
    article
        .path("entities")
        .forEach(e -> types.put(e.path("name").asText(), e.path("type").asText()));
    assertThat(types)
        .containsEntry("Giorgia Meloni", "PERSON")
        .containsEntry("Civil Protection Department", "ORGANIZATION")
        .containsEntry("Emilia-Romagna", "LOCATION")
        .containsEntry("Bologna", "LOCATION");
  }

  private static Path properties(Path tmp, String name, String... lines) throws IOException {
    return Files.write(tmp.resolve(name + ".properties"), List.of(lines));
  }

  private Process start(Path tmp, String... args) throws IOException {
    Process process =
        new ProcessBuilder(PackagedCommandLine.command(tmp, "512m", args))
            .redirectError(tmp.resolve(args[0] + ".err").toFile())
            .start();
    processes.add(process);
    return process;
  }

  private static BufferedReader reader(InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  private static String readLine(BufferedReader reader) {
    try {
      return reader.readLine();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
