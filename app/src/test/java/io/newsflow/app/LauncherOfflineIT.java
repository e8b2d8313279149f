package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data-sharing archives, on the offline path ({@code ./newsflow tag}, {@code
 * sentiment}) and for a service: the first run writes an archive, later runs load their classes
 * from it, and a damaged archive is left unused; the output is always what {@code java -jar
 * newsflow.jar} prints, and a stop sent to the script reaches the JVM even on the first run, which
 * does not {@code exec} it. An interrupted batch run leaves no archive; a service, whose usual end
 * is such a stop, keeps it.
 */
class LauncherOfflineIT {
  private static final Path SCRIPT = Path.of("..", "newsflow");

  // sentences written for this test
  private static final String CONLL =
      """
      -DOCSTART- O

      Ministers O
      met O
      in O
      Riga B-LOC
      on O
      Friday O
      . O

      Riga B-LOC
      """;

  @BeforeAll
  static void needsThePackagedJar() {
    PackagedCommandLine.assumePackaged();
  }

  @Test
  void taggingWritesTheArchiveThenUsesItAndSurvivesADamagedOne(@TempDir Path tmp) throws Exception {
    Path project = project(tmp);
    Path target = project.resolve("app").resolve("target");
    Path input = Files.writeString(tmp.resolve("in.conll"), CONLL);
    Path archive = target.resolve("cds").resolve("tag.jsa");
    List<String> plain = new ArrayList<>(PackagedCommandLine.command(tmp, "256m", "tag"));
    plain.addAll(List.of("--format", "conll", input.toString()));
    // from the module's directory, where the jar's relative path leads
    String expected = run(plain, Path.of("").toAbsolutePath(), tmp.resolve("plain.log"));
    assertThat(expected.lines().count()).isEqualTo(CONLL.lines().count());

    assertThat(launch(project, input, tmp.resolve("first.log"))).isEqualTo(expected);
    assertThat(archive).isNotEmptyFile();

    Path classes = tmp.resolve("second.log");
    assertThat(launch(project, input, classes)).isEqualTo(expected);
    assertThat(Files.readString(classes))
        .as("classes loaded from the archive")
        .contains("io.newsflow.enrich.entity.ConllTagging source: shared objects file (top)");

    byte[] damaged = Files.readAllBytes(archive);
    for (int i = damaged.length / 4; i < damaged.length / 2; i += 7) {
      damaged[i] ^= 0x5A;
    }
    archive.toFile().setWritable(true);
    Files.write(archive, damaged);
    Path unused = tmp.resolve("damaged.log");
    assertThat(launch(project, input, unused)).isEqualTo(expected);
    assertThat(Files.readString(unused)).doesNotContain("shared objects file (top)");
  }

  @Test
  void aStopReachesTheJvmOfTheFirstRunAndLeavesNoArchive(@TempDir Path tmp) throws Exception {
    Path project = project(tmp);
    // stdin is a pipe this test holds open, so tag waits for input until it is stopped; not the
    // Process's own pipe, which Java closes once the script has exited
    Path fifo = tmp.resolve("stdin");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    CompletableFuture<OutputStream> input =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return Files.newOutputStream(fifo); // opens once the script has opened its end
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    ProcessBuilder builder =
        new ProcessBuilder("bash", project.resolve("newsflow").toString(), "tag")
            .directory(project.toFile())
            .redirectInput(fifo.toFile());
    builder.environment().put("NEWSFLOW_HEAP", "256m");
    builder.environment().put("PATH", javaBin() + File.pathSeparator + System.getenv("PATH"));
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process launcher = builder.start();
    ProcessHandle jvm = null;
    try {
      jvm = awaitJvm(launcher);

      // SIGTERM to the script alone, as `kill` sends it; Process.destroy would also close the
      // script's stdin, and tag would then end by itself at the end of its input
      launcher.toHandle().destroy();

      assertThat(launcher.waitFor(30, TimeUnit.SECONDS)).as("the script stopped").isTrue();
      assertThat(jvm.onExit().completeOnTimeout(jvm, 30, TimeUnit.SECONDS).get().isAlive())
          .as("the JVM stopped with it")
          .isFalse();
      assertThat(launcher.exitValue()).as("the JVM's status: ended by SIGTERM").isEqualTo(143);
      Path archives = project.resolve("app").resolve("target").resolve("cds");
      try (var left = Files.list(archives)) {
        assertThat(left).as("no archive, whole or partial").isEmpty();
      }
    } finally {
      if (jvm != null) {
        jvm.destroyForcibly();
      }
      launcher.destroyForcibly();
      input.thenAccept(LauncherOfflineIT::closeQuietly);
    }
  }

  @Test
  void aServiceStoppedAsUsualKeepsTheArchiveItsFirstRunWrote(@TempDir Path tmp) throws Exception {
    Path project = project(tmp);
    Path archive = project.resolve("app").resolve("target").resolve("cds").resolve("broker.jsa");

    assertThat(runBrokerUntilReadyThenStop(project, tmp, tmp.resolve("first.log")))
        .as("the JVM's status: ended by SIGTERM, a service's usual end")
        .isEqualTo(143);
    assertThat(archive).isNotEmptyFile();

    Path classes = tmp.resolve("second.log");
    assertThat(runBrokerUntilReadyThenStop(project, tmp, classes)).isEqualTo(143);
    assertThat(Files.readString(classes))
        .as("classes loaded from the archive")
        .contains("io.newsflow.app.broker.EmbeddedBroker source: shared objects file (top)");
  }

  /** {@code ./newsflow broker} on a free port until it says it is ready; then SIGTERM to it. */
  private static int runBrokerUntilReadyThenStop(Path project, Path tmp, Path classLog)
      throws Exception {
    Path data = Files.createTempDirectory(tmp, "broker");
    Path out = Files.createTempFile(tmp, "broker", ".out");
    ProcessBuilder builder =
        new ProcessBuilder(
                "bash",
                project.resolve("newsflow").toString(),
                "broker",
                "--port",
                "0",
                "--data-dir",
                data.toString())
            .directory(project.toFile())
            .redirectOutput(out.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    loggingClasses(builder, "384m", classLog);
    Process launcher = builder.start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!Files.readString(out).contains("ready ")) {
        assertThat(launcher.isAlive()).as("the broker is still starting").isTrue();
        assertThat(System.nanoTime()).as("ready within 60 s").isLessThan(deadline);
        Thread.sleep(100);
      }
      launcher.toHandle().destroy(); // SIGTERM, as `kill` or a service manager sends it
      assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s").isTrue();
      return launcher.exitValue();
    } finally {
      launcher.descendants().forEach(ProcessHandle::destroyForcibly);
      launcher.destroyForcibly();
    }
  }

  private static void closeQuietly(OutputStream out) {
    try {
      out.close();
    } catch (IOException e) {
      // the reader is gone already
    }
  }

  private static ProcessHandle awaitJvm(Process launcher) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      var jvm =
          launcher
              .descendants()
              .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
              .findFirst();
      if (jvm.isPresent()) {
        return jvm.get();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the launcher started no JVM within 30 s");
  }

  /** A copy of the launcher beside links to the packaged jar: a project of its own. */
  private static Path project(Path tmp) throws Exception {
    Path project = Files.createDirectories(tmp.resolve("project"));
    Files.copy(SCRIPT, project.resolve("newsflow"));
    Path target = Files.createDirectories(project.resolve("app").resolve("target"));
    Files.createSymbolicLink(
        target.resolve("newsflow.jar"), PackagedCommandLine.JAR.toAbsolutePath());
    Files.createSymbolicLink(
        target.resolve("lib"), PackagedCommandLine.JAR.toAbsolutePath().resolveSibling("lib"));
    return project;
  }

  private static String launch(Path project, Path input, Path classLog) throws Exception {
    List<String> command =
        List.of(
            "bash",
            project.resolve("newsflow").toString(),
            "tag",
            "--format",
            "conll",
            input.toString());
    return run(command, project, classLog);
  }

  /**
   * Runs the command in {@code dir} with NEWSFLOW_JAVA_OPTS logging its class loading (the launcher
   * passes them on); returns its stdout. Its files go next to {@code classLog}.
   */
  private static String run(List<String> command, Path dir, Path classLog) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    loggingClasses(builder, "256m", classLog);
    builder.redirectError(ProcessBuilder.Redirect.INHERIT);
    Path out = Files.createTempFile(classLog.getParent(), "out", ".txt");
    builder.redirectOutput(out.toFile());
    Process process = builder.start();
    try {
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("done within 120 s").isTrue();
      assertThat(process.exitValue()).isZero();
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      process.destroyForcibly();
    }
  }

  /**
   * The launcher's environment with NEWSFLOW_JAVA_OPTS logging the JVM's class loading to {@code
   * classLog} (the launcher passes them on) and newsflow's log file beside it.
   */
  private static void loggingClasses(ProcessBuilder builder, String heap, Path classLog) {
    builder.environment().put("NEWSFLOW_HEAP", heap);
    builder
        .environment()
        .put(
            "NEWSFLOW_JAVA_OPTS",
            "-Xlog:class+load:file="
                + classLog
                + " -Dnewsflow.log.file="
                + classLog.resolveSibling("newsflow.log"));
    builder.environment().put("PATH", javaBin() + File.pathSeparator + System.getenv("PATH"));
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin").toString();
  }
}
