package io.newsflow.app.observability;

import io.newsflow.app.PackagedCommandLine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the packaged command line and external tools as processes for the observability tests: every
 * process started here is stopped by {@link #close()}, and its output is kept for messages.
 */
final class Processes implements AutoCloseable {
  static final Path PROMTOOL = Path.of("/usr/bin/promtool");
  static final Path PROMETHEUS = Path.of("/usr/bin/prometheus");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private final Path tmp;
  private final List<Running> running = new ArrayList<>();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  Processes(Path tmp) {
    this.tmp = tmp;
  }

  static void assumeJar() {
    PackagedCommandLine.assumePackaged();
  }

  static void assumeTool(Path tool) {
    Assumptions.assumeTrue(
        Files.isExecutable(tool),
        tool
            + " is not installed (Debian package "
            + tool.getFileName()
            + "); .ci/run installs it");
  }

  /** A process whose standard output lines are collected as they come. */
  static final class Running {
    final Process process;
    final List<String> lines = new CopyOnWriteArrayList<>();
    final Path stderr;

    Running(Process process, Path stderr) {
      this.process = process;
      this.stderr = stderr;
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader in =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                  }
                } catch (IOException e) {
                  // the process ended
                }
              },
              "output-of-" + process.pid());
      reader.setDaemon(true);
      reader.start();
    }

    /** The first output line matching, waiting up to the timeout; fails with the output so far. */
    String awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
      long end = System.nanoTime() + timeout.toNanos();
      while (System.nanoTime() < end) {
        for (String line : lines) {
          if (wanted.test(line)) {
            return line;
          }
        }
        if (!process.isAlive() && lines.stream().noneMatch(wanted)) {
          break;
        }
        Thread.sleep(200);
      }
      throw new AssertionError(
          "no expected line within "
              + timeout
              + "; output: "
              + lines
              + "; stderr: "
              + tail(stderr));
    }
  }

  /** {@code java -jar newsflow.jar ARGS} with a small heap and its temporary files under tmp. */
  Running newsflow(String... args) throws IOException {
    return start(PackagedCommandLine.command(tmp, "384m", args));
  }

  Running start(List<String> command) throws IOException {
    Path stderr = Files.createTempFile(tmp, "stderr-", ".txt");
    Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
    Running r = new Running(process, stderr);
    running.add(r);
    return r;
  }

  /** Runs a tool to completion, standard input from the given text. */
  static ToolResult run(List<String> command, String stdin, Duration timeout)
      throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try (var in = process.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(command + " did not finish within " + timeout);
    }
    return new ToolResult(process.exitValue(), output);
  }

  record ToolResult(int exitCode, String output) {}

  String get(String url) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(url + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  int post(String url, byte[] body) throws IOException, InterruptedException {
    return http.send(
            HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /** GETs the URL until it answers 200, or fails after the timeout. */
  String awaitGet(String url, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    IOException last = null;
    while (System.nanoTime() < end) {
      try {
        return get(url);
      } catch (IOException e) {
        last = e;
        Thread.sleep(300);
      }
    }
    throw new AssertionError(url + " did not answer within " + timeout, last);
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static String tail(Path file) {
    try {
      String text = Files.readString(file);
      return text.length() > 4000 ? "..." + text.substring(text.length() - 4000) : text;
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }

  /** Stops every process started here: SIGTERM, then SIGKILL after 20 s. */
  @Override
  public void close() throws InterruptedException {
    for (int i = running.size() - 1; i >= 0; i--) {
      Process p = running.get(i).process;
      p.toHandle().descendants().forEach(ProcessHandle::destroy);
      p.destroy();
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }
}
