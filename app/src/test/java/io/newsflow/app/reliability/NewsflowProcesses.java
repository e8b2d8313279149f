package io.newsflow.app.reliability;

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
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Processes of the packaged command line for the reliability tests, each with a small heap, its own
 * home folder (so the default state folders are the test's) and its output kept for messages.
 * {@link #close()} ends every one of them, even when the test failed half-way.
 */
final class NewsflowProcesses implements AutoCloseable {
  private final Path tmp;
  private final Path home;
  private final List<Running> running = new ArrayList<>();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  NewsflowProcesses(Path tmp) throws IOException {
    this.tmp = tmp;
    this.home = Files.createDirectories(tmp.resolve("home"));
  }

  /** The home folder every process started here sees. */
  Path home() {
    return home;
  }

  /** A running process; its stdout lines are collected as they come, its stderr goes to a file. */
  static final class Running {
    final String name;
    final Process process;
    final Path stderr;
    final List<String> lines = new CopyOnWriteArrayList<>();

    Running(String name, Process process, Path stderr) {
      this.name = name;
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
              "stdout-of-" + name);
      reader.setDaemon(true);
      reader.start();
    }

    String stderrText() {
      try {
        return Files.readString(stderr);
      } catch (IOException e) {
        return "(unreadable: " + e + ")";
      }
    }

    /** The first stdout line matching, waiting up to the timeout; fails with what it printed. */
    String awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
      long end = System.nanoTime() + timeout.toNanos();
      while (System.nanoTime() < end) {
        Optional<String> line = lines.stream().filter(wanted).findFirst();
        if (line.isPresent()) {
          return line.get();
        }
        if (!process.isAlive()) {
          break;
        }
        Thread.sleep(200);
      }
      throw new AssertionError(
          name
              + ": no expected line within "
              + timeout
              + "; stdout "
              + lines
              + "; stderr "
              + tail(stderrText()));
    }

    /** The first match of {@code pattern} in stderr, waiting up to the timeout. */
    Matcher awaitStderr(Pattern pattern, Duration timeout) throws InterruptedException {
      long end = System.nanoTime() + timeout.toNanos();
      while (System.nanoTime() < end) {
        Matcher m = pattern.matcher(stderrText());
        if (m.find()) {
          return m;
        }
        if (!process.isAlive()) {
          break;
        }
        Thread.sleep(200);
      }
      throw new AssertionError(
          name + ": no " + pattern + " on stderr within " + timeout + ": " + tail(stderrText()));
    }

    /** {@code broker}'s address, from its {@code ready HOST:PORT} line. */
    String awaitReady(Duration timeout) throws InterruptedException {
      return awaitLine(l -> l.startsWith("ready "), timeout).substring("ready ".length());
    }
  }

  /** {@code java -Xmx<heap> -jar newsflow.jar ARGS}. */
  Running start(String name, String heap, String... args) throws IOException {
    List<String> command = new ArrayList<>(PackagedCommandLine.command(tmp, heap, args));
    command.add(1, "-Duser.home=" + home);
    // two cores shared by many JVMs: one compiler thread and a small GC keep each process modest
    command.add(1, "-XX:+UseSerialGC");
    command.add(1, "-XX:TieredStopAtLevel=1");
    Path stderr = tmp.resolve(name + ".err");
    Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
    Running r = new Running(name, process, stderr);
    running.add(r);
    return r;
  }

  /** The body of {@code GET url}, or empty when it does not answer 200. */
  Optional<String> get(String url) throws InterruptedException {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Waits until {@code /health} on the port says ready. */
  void awaitHealthy(Running who, int metricsPort, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (get("http://127.0.0.1:" + metricsPort + "/health").isPresent()) {
        return;
      }
      if (!who.process.isAlive()) {
        break;
      }
      Thread.sleep(500);
    }
    throw new AssertionError(
        who.name + " not healthy within " + timeout + ": " + tail(who.stderrText()));
  }

  /** The sum of a metric's samples on {@code /metrics}, 0 when absent or unreachable. */
  double metric(int metricsPort, String name) throws InterruptedException {
    String text = get("http://127.0.0.1:" + metricsPort + "/metrics").orElse("");
    double sum = 0;
    for (String line : text.lines().toList()) {
      if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
        sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return sum;
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static String tail(String text) {
    return text.length() > 4000 ? "..." + text.substring(text.length() - 4000) : text;
  }

  /** Ends every process started here, newest first: SIGTERM, then SIGKILL after 15 s. */
  @Override
  public void close() throws InterruptedException {
    for (int i = running.size() - 1; i >= 0; i--) {
      running.get(i).process.destroy();
    }
    for (Running r : running) {
      if (!r.process.waitFor(15, TimeUnit.SECONDS)) {
        r.process.destroyForcibly();
        r.process.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }
}
