package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code newsflow} launcher's first build, with a stand-in for Maven that says what a real
 * first build says (modules, files fetched) and then fails: progress on stderr, a line a module and
 * one every 25 files, and on failure the errors and where the whole output is.
 */
class LauncherScriptTest {
  private static final Path SCRIPT = Path.of("..", "newsflow");

  @Test
  void aFirstBuildShowsItsProgressWithoutFloodingAndItsErrors(@TempDir Path tmp) throws Exception {
    Path project = Files.createDirectories(tmp.resolve("project"));
    Files.copy(SCRIPT, project.resolve("newsflow"));
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    List<String> maven =
        new ArrayList<>(List.of("#!/usr/bin/env bash", "echo '[INFO] Scanning for projects...'"));
    String[] modules = {
      "newsflow",
      "newsflow-common",
      "newsflow-ingest",
      "newsflow-enrich",
      "newsflow-sink",
      "newsflow-app"
    };
    for (int m = 0; m < modules.length; m++) {
      maven.add(
          "echo '[INFO] Building " + modules[m] + " 0.1.0-SNAPSHOT          [" + (m + 1) + "/6]'");
      for (int f = 0; f < 10; f++) {
        maven.add(
            "echo '[INFO] Downloading from central: https://repo.example/a" + m + f + ".jar'");
        maven.add(
            "echo '[INFO] Downloaded from central: https://repo.example/a"
                + m
                + f
                + ".jar (1 kB at 2 kB/s)'");
      }
    }
    maven.add(
        "echo '[ERROR] Failed to execute goal on project newsflow-app: could not resolve x:y:1'");
    maven.add("exit 1");
    Path mvn = bin.resolve("mvn");
    Files.write(mvn, maven);
    Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));

    ProcessBuilder builder =
        new ProcessBuilder("bash", project.resolve("newsflow").toString(), "demo");
    String path = bin + ":" + System.getenv("PATH");
    builder.environment().put("PATH", path);
    builder.environment().put("NEWSFLOW_BUILD_LOG", tmp.resolve("build.log").toString());
    Process process = builder.start();
    try {
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.exitValue()).isEqualTo(1);
      assertThat(out).isEmpty();
      assertThat(err)
          .contains("building newsflow (first run)...")
          .contains("  building common (2/6)", "  building app (6/6)")
          .contains(
              "  fetched 25 files from Maven Central...",
              "  fetched 50 files from Maven Central...")
          .contains("[ERROR] Failed to execute goal on project newsflow-app")
          .contains("the build failed (its whole output: " + tmp.resolve("build.log") + ")")
          .doesNotContain("repo.example");
      assertThat(err.lines().count()).as(err).isLessThan(20);
      assertThat(Files.readString(tmp.resolve("build.log")))
          .contains("Downloaded from central: https://repo.example/a00.jar");
    } finally {
      process.destroyForcibly();
    }
  }
}
