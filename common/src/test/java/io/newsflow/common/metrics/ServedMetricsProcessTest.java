package io.newsflow.common.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real process with a token from a file: the token appears in none of its log lines (at DEBUG)
 * and none of its answers, a failing handler's trace goes to the log and not to the caller, and a
 * client too slow to send its request is cut off by the JDK's request time limit.
 */
class ServedMetricsProcessTest {
  private static final String TOKEN = "tok-" + Long.toHexString(System.nanoTime()) + "-e1b7";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<String> bodies = new ArrayList<>();
  private int port;

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    bodies.add(response.headers().map() + " " + response.body());
    return response;
  }

  @Test
  @Timeout(60)
  void secretsStayOutOfLogsAndAnswersAndSlowClientsAreCutOff(@TempDir Path folder)
      throws Exception {
    Path tokenFile = Files.writeString(folder.resolve("token"), TOKEN + "\n");
    Path log = folder.resolve("out.log");
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-Dsun.net.httpserver.maxReqTime=2",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=debug",
                "-cp",
                System.getProperty("java.class.path"),
                ServedMetricsMain.class.getName())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().remove("NEWSFLOW_HTTP_TOKEN");
    builder.environment().put("NEWSFLOW_HTTP_TOKEN_FILE", tokenFile.toString());
    Process process = builder.start();
    try {
      String started = awaitLine(log, "port ", process);
      // the limit given on the command line is kept, the missing one filled in
      assertThat(started).endsWith("maxReqTime 2 maxConnections 256");
      port = Integer.parseInt(started.split(" ")[1]);

      assertThat(get("/metrics").statusCode()).isEqualTo(401);
      assertThat(get("/metrics", "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
      assertThat(get("/metrics", "Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
      assertThat(get("/health").statusCode()).isEqualTo(200);
      assertThat(get("/health", "Authorization", "Bearer " + TOKEN).body())
          .contains("all services are running");
      assertThat(get("/?token=wrong").statusCode()).isEqualTo(401);
      assertThat(get("/?token=" + TOKEN).statusCode()).isEqualTo(303);
      HttpResponse<String> failed = get("/fail", "Authorization", "Bearer " + TOKEN);
      assertThat(failed.statusCode()).isEqualTo(500);
      assertThat(failed.body()).doesNotContain("handler broke").doesNotContain("Exception");

      Duration cutOff = slowClientCutOffAfter();
      assertThat(cutOff).isBetween(Duration.ofMillis(1_500), Duration.ofSeconds(8));
      assertThat(get("/health").statusCode()).isEqualTo(200); // and it still serves
    } finally {
      process.getOutputStream().close();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(output)
        .as("the failure is logged once, with its trace")
        .contains("GET /fail failed")
        .contains("IllegalStateException: handler broke")
        .contains("at io.newsflow");
    assertThat(output).doesNotContain(TOKEN);
    assertThat(String.join("\n", bodies)).doesNotContain(TOKEN);
  }

  /** Sends half a request and waits for the server to close the connection. */
  private Duration slowClientCutOffAfter() throws Exception {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(15_000);
      OutputStream out = socket.getOutputStream();
      out.write("GET /health HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      long start = System.nanoTime();
      InputStream in = socket.getInputStream();
      try {
        assertThat(in.read()).isEqualTo(-1);
      } catch (SocketException reset) {
        // closed under a pending read: cut off just the same
      }
      return Duration.ofNanos(System.nanoTime() - start);
    }
  }

  private static String awaitLine(Path log, String prefix, Process process) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      if (Files.exists(log)) {
        try (BufferedReader reader =
            new BufferedReader(
                new InputStreamReader(Files.newInputStream(log), StandardCharsets.UTF_8))) {
          for (String line; (line = reader.readLine()) != null; ) {
            if (line.startsWith(prefix)) {
              return line;
            }
          }
        }
      }
      assertThat(process.isAlive()).as("the server process is running").isTrue();
      Thread.sleep(50);
    }
    throw new AssertionError("the server process did not start: " + Files.readString(log));
  }
}
