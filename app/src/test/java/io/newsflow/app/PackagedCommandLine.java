package io.newsflow.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
}
