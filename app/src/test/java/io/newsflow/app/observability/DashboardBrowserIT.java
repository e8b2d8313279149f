package io.newsflow.app.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.app.observability.Processes.Running;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's dashboard in a real headless Chromium, driven through the DevTools protocol: it fills
 * itself in, shows the articles with their entities marked where the enriched JSON says they are,
 * measures a non-zero throughput, lists its top entities from /trends, and logs no error. The
 * screenshot is saved as target/dashboard.png.
 */
class DashboardBrowserIT {
  private static final Path SCREENSHOT = Path.of("target", "dashboard.png");
  private static final String PAGE_STATE =
      """
      JSON.stringify({
        live: document.getElementById("live").textContent,
        ingestRate: document.getElementById("ingest-rate").textContent,
        ingested: document.getElementById("ingested").textContent,
        topEntities: document.querySelectorAll("#entities li").length,
        entitiesFrom: document.getElementById("entities").dataset.source,
        articles: [...document.querySelectorAll("#articles .article")].map(a => ({
          id: a.dataset.id,
          marks: [...a.querySelectorAll("mark")].map(m => m.className + " " + m.textContent)
        }))
      })""";
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void theDashboardShowsTheLivePipeline(@TempDir Path tmp) throws Exception {
    Processes.assumeJar();
    Processes.assumeTool(Processes.CHROMIUM);
    try (Processes processes = new Processes(tmp)) {
      int port = Processes.freePort();
      Running demo = processes.newsflow("demo", "--rate", "2", "--http-port", String.valueOf(port));
      demo.awaitLine(l -> l.startsWith("live wire:"), Duration.ofSeconds(180));
      String dashboard = "http://127.0.0.1:" + port + "/";

      Path profile = Files.createDirectories(tmp.resolve("chromium-profile"));
      processes.start(
          List.of(
              Processes.CHROMIUM.toString(),
              "--headless",
              "--no-sandbox",
              "--disable-gpu",
              "--disable-quic",
              "--no-first-run",
              "--disable-background-networking",
              "--disable-component-update",
              "--disable-sync",
              "--disable-dev-shm-usage",
              "--user-data-dir=" + profile,
              "--remote-debugging-port=0",
              "--window-size=1280,1800",
              "about:blank"));
      String pageSocket = pageWebSocket(processes, profile);

      try (DevTools browser = DevTools.connect(pageSocket)) {
        browser.send("Runtime.enable", Map.of());
        browser.send("Log.enable", Map.of());
        browser.send("Page.enable", Map.of());
        browser.send(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", 1280, "height", 1800, "deviceScaleFactor", 1, "mobile", false));
        browser.send("Page.navigate", Map.of("url", dashboard));

        JsonNode state = null;
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
          Thread.sleep(1000);
          JsonNode value = browser.evaluate(PAGE_STATE);
          if (!value.isTextual()) {
            continue; // still loading
          }
          state = json.readTree(value.asText());
          // a few articles in, so that the screenshot shows the page at work
          if (state.path("articles").size() >= 3
              && rate(state) > 0
              && state.path("topEntities").asInt() > 0) {
            break;
          }
        }
        assertThat(state).as("the page evaluated").isNotNull();
        assertThat(state.path("live").asText())
            .as("the page's connection indicator")
            .isEqualTo("live");
        assertThat(rate(state)).as("ingested per second on the page: %s", state).isPositive();
        assertThat(state.path("topEntities").asInt()).as("top entities listed").isPositive();
        assertThat(state.path("entitiesFrom").asText())
            .as("the top entities come from /trends")
            .isEqualTo("trends");
        assertThat(state.path("articles").size()).as("latest articles shown").isPositive();

        // the page's marks of an article are exactly the entity mentions the enriched JSON gives
        JsonNode api = json.readTree(processes.get(dashboard + "api/dashboard"));
        int compared = 0;
        for (JsonNode shown : state.path("articles")) {
          JsonNode article = byId(api.path("latest"), shown.path("id").asText());
          if (article == null) {
            continue; // left the API's list since the page drew it
          }
          Set<String> expected = mentions(article);
          Set<String> marked = new TreeSet<>();
          shown.path("marks").forEach(m -> marked.add(m.asText()));
          assertThat(marked).as("marks in article %s", shown.path("id")).isEqualTo(expected);
          if (!expected.isEmpty()) {
            compared++;
          }
        }
        assertThat(compared)
            .as("articles with entities compared between the page and the API")
            .isPositive();

        JsonNode shot = browser.send("Page.captureScreenshot", Map.of("format", "png"));
        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, Base64.getDecoder().decode(shot.path("data").asText()));
        assertThat(Files.size(SCREENSHOT)).isGreaterThan(10_000);

        assertThat(errors(browser.events()))
            .as("console errors, exceptions and error log entries")
            .isEmpty();
      }
    }
  }

  /**
   * A 503 of /trends: enrich answers so while its partitions move (as they may once more soon after
   * it starts), rather than a partial count; the page then shows the latest articles' entities.
   */
  private static boolean trendsRebalancing(JsonNode params) {
    JsonNode entry = params.path("entry");
    return entry.path("url").asText().contains("/trends?")
        && entry.path("text").asText().contains("status of 503");
  }

  private static double rate(JsonNode state) {
    try {
      return Double.parseDouble(state.path("ingestRate").asText());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static JsonNode byId(JsonNode articles, String id) {
    for (JsonNode a : articles) {
      if (a.path("id").asText().equals(id)) {
        return a;
      }
    }
    return null;
  }

  /** "TYPE text" of every mention in the headline and body, read at its offsets. */
  private static Set<String> mentions(JsonNode article) {
    Set<String> out = new TreeSet<>();
    for (JsonNode entity : article.path("entities")) {
      for (JsonNode m : entity.path("mentions")) {
        String field = m.path("field").asText();
        String text = article.path(field).asText();
        if (field.equals("headline") || field.equals("body")) {
          out.add(
              entity.path("type").asText()
                  + " "
                  + text.substring(m.path("start").asInt(), m.path("end").asInt()));
        }
      }
    }
    return out;
  }

  private static List<String> errors(List<JsonNode> events) {
    List<String> errors = new ArrayList<>();
    for (JsonNode e : events) {
      String method = e.path("method").asText();
      JsonNode p = e.path("params");
      boolean error =
          switch (method) {
            case "Runtime.exceptionThrown" -> true;
            case "Runtime.consoleAPICalled" ->
                Set.of("error", "assert").contains(p.path("type").asText());
            case "Log.entryAdded" ->
                p.path("entry").path("level").asText().equals("error") && !trendsRebalancing(p);
            default -> false;
          };
      if (error) {
        errors.add(e.toString());
      }
    }
    return errors;
  }

  /**
   * Chromium writes its DevTools port to DevToolsActivePort in the profile; then ask it for the
   * page.
   */
  private String pageWebSocket(Processes processes, Path profile) throws Exception {
    Path portFile = profile.resolve("DevToolsActivePort");
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!(Files.isRegularFile(portFile) && Files.readAllLines(portFile).size() >= 2)) {
      assertThat(System.nanoTime()).as("chromium wrote %s", portFile).isLessThan(end);
      Thread.sleep(200);
    }
    int devtoolsPort = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
    while (true) {
      for (JsonNode target :
          json.readTree(processes.get("http://127.0.0.1:" + devtoolsPort + "/json/list"))) {
        if (target.path("type").asText().equals("page")) {
          return target.path("webSocketDebuggerUrl").asText();
        }
      }
      assertThat(System.nanoTime()).as("chromium opened a page").isLessThan(end);
      Thread.sleep(200);
    }
  }
}
