package io.newsflow.app.bench;

import io.newsflow.common.config.Config;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Enrich as separate processes of this very command line ({@code newsflow enrich}), each with its
 * own state folder, any free metrics port and a capped heap. Closing stops them all: SIGTERM, as a
 * service manager would, then a kill for any still running after the grace time.
 */
final class EnrichProcesses implements AutoCloseable {
  /** The heap each enrich process gets: what enrich is meant to run in. */
  static final String HEAP = "512m";

  private static final long GRACE_SECONDS = 15;

  private final List<Process> processes = new ArrayList<>();
  private final List<Path> errors = new ArrayList<>();

  /**
   * Starts {@code count} processes of {@code launcher} ({@code java -cp ... MAIN}), each given
   * {@code settings} as environment variables, with {@code arguments} and a state folder under
   * {@code work}; their stderr goes to files there, their log files to {@code logs}.
   */
  static EnrichProcesses start(
      int count,
      List<String> launcher,
      List<String> arguments,
      Map<String, String> settings,
      Path work,
      Path logs)
      throws IOException {
    EnrichProcesses started = new EnrichProcesses();
    try {
      for (int i = 1; i <= count; i++) {
        List<String> command = new ArrayList<>(launcher);
        command.add(1, "-Xmx" + HEAP);
        command.addAll(List.of("enrich", "--metrics-port", "0"));
        command.addAll(List.of("--state-dir", work.resolve("enrich-" + i).toString()));
        command.addAll(arguments);
        Path stderr = work.resolve("enrich-" + i + ".err");
        ProcessBuilder builder =
            new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile());
        settings.forEach(
            (key, value) -> builder.environment().put(Config.environmentName(key), value));
        builder
            .environment()
            .put("NEWSFLOW_LOG_FILE", logs.resolve("bench-enrich-" + i + ".log").toString());
        started.errors.add(stderr);
        started.processes.add(builder.start());
      }
    } catch (IOException | RuntimeException e) {
      started.close();
      throw e;
    }
    return started;
  }

  /** Throws, with what it said, when a process has ended: enrich runs until stopped. */
  void check() {
    for (int i = 0; i < processes.size(); i++) {
      Process process = processes.get(i);
      if (!process.isAlive()) {
        throw new BenchException(
            "enrich process "
                + (i + 1)
                + " ended (exit code "
                + process.exitValue()
                + "): "
                + lastLine(errors.get(i)));
      }
    }
  }

  @Override
  public void close() {
    processes.forEach(p -> p.toHandle().destroy());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(GRACE_SECONDS);
    try {
      for (Process process : processes) {
        long left = deadline - System.nanoTime();
        if (!process.waitFor(Math.max(0, left), TimeUnit.NANOSECONDS)) {
          process.destroyForcibly();
        }
      }
    } catch (InterruptedException e) {
      processes.forEach(Process::destroyForcibly);
      Thread.currentThread().interrupt();
    }
  }

  private static String lastLine(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return lines.isEmpty() ? "(it said nothing)" : lines.get(lines.size() - 1);
    } catch (IOException e) {
      return "(its output is unreadable: " + e.getMessage() + ")";
    }
  }

  @Override
  public String toString() {
    return processes.size() + " enrich processes";
  }
}
