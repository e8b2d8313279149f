package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** The packaged {@code newsflow.jar}, as the process tests start it: one place for the command. */
public final class PackagedCommandLine {
  /** What {@code mvn package} builds, relative to the app module. */
  public static final Path JAR = Path.of("target", "newsflow.jar");

  private PackagedCommandLine() {}

  /**
   * Skips the test, with the reason, when the jar has not been packaged (the test ran before
   * package).
   */
  public static void assumePackaged() {
    Assumptions.assumeTrue(
        Files.isRegularFile(JAR), "run after 'mvn package': " + JAR + " is missing");
  }

  /** Where the processes started with {@code tmp} write their log file (not the user's home). */
  public static Path logFile(Path tmp) {
    return tmp.resolve("newsflow.log");
  }

  /**
   * {@code java -Xmx<heap> -jar newsflow.jar ARGS}, with its temporary files and its log file under
   * {@code tmp}.
   */
  public static List<String> command(Path tmp, String heap, String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-Djava.io.tmpdir=" + tmp,
                "-Dnewsflow.log.file=" + logFile(tmp),
                "-jar",
                JAR.toString()));
    command.addAll(List.of(args));
    return command;
  }

  /**
   * Runs an offline command ({@code tag}, {@code sentiment}) of the packaged jar with {@code
   * stdin}, bounded in time; returns its stdout once it has exited 0.
   */
  public static String output(Path tmp, String stdin, String... args) throws Exception {
    Path stderr = tmp.resolve("stderr.txt");
    Process process =
        new ProcessBuilder(command(tmp, "256m", args)).redirectError(stderr.toFile()).start();
    try {
      try (OutputStream in = process.getOutputStream()) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
      byte[] out = process.getInputStream().readAllBytes();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finished", args[0]).isTrue();
      assertThat(process.exitValue()).as(Files.readString(stderr)).isEqualTo(0);
      return new String(out, StandardCharsets.UTF_8);
    } finally {
      process.destroyForcibly();
    }
  }
}
