package io.newsflow.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.PackagedCommandLine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsflow bench} as users run it: its own JVM, the embedded broker, a short run. */
class BenchIT {
  /** A row of the table: stage, out/sent, lost, first out, art/s, MB/s, p50, p95, p99, max, dlq. */
  private static final Pattern ROW =
      Pattern.compile(
          "(?m)^(pass-through|pipeline)\\s+(\\d+)/(\\d+)\\s+(\\d+)\\s+([\\d.]+) s\\s+([\\d.]+)"
              + "\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+(\\d+)$");

  @BeforeAll
  static void needsThePackagedJar() {
    PackagedCommandLine.assumePackaged();
  }

  @Test
  @Timeout(value = 150, unit = TimeUnit.SECONDS)
  void printsBothRowsWithEveryArticleDeliveredAndOrderedPercentiles(@TempDir Path tmp)
      throws Exception {
    List<String> command =
        new ArrayList<>(
            PackagedCommandLine.command(tmp, "768m", "bench", "--duration", "3s", "--rate", "10"));
    command.add(1, "-Duser.home=" + tmp);
    Path out = tmp.resolve("bench.out");
    Path err = tmp.resolve("bench.err");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    try {
      assertThat(process.waitFor(140, TimeUnit.SECONDS)).as("ended within 140 s").isTrue();
      String table = Files.readString(out, StandardCharsets.UTF_8);
      String why = table + Files.readString(err, StandardCharsets.UTF_8);
      assertThat(process.exitValue()).as(why).isZero();

      Matcher row = ROW.matcher(table);
      List<String> stages = new ArrayList<>();
      while (row.find()) {
        stages.add(row.group(1));
        long out1 = Long.parseLong(row.group(2));
        long sent = Long.parseLong(row.group(3));
        assertThat(sent).as(why).isGreaterThanOrEqualTo(30); // 3 s at 10/s after the first output
        assertThat(out1).as("every article came out: " + why).isEqualTo(sent);
        assertThat(row.group(4)).as("lost").isEqualTo("0");
        assertThat(row.group(12)).as("dead-lettered").isEqualTo("0");
        assertThat(Double.parseDouble(row.group(6))).as("articles/s").isPositive();
        double p50 = Double.parseDouble(row.group(8));
        double p95 = Double.parseDouble(row.group(9));
        double p99 = Double.parseDouble(row.group(10));
        double max = Double.parseDouble(row.group(11));
        assertThat(p50).as(why).isPositive().isLessThanOrEqualTo(p95);
        assertThat(p95).as(why).isLessThanOrEqualTo(p99);
        assertThat(p99).as(why).isLessThanOrEqualTo(max);
      }
      assertThat(stages).as(why).containsExactly("pass-through", "pipeline");
      assertThat(table).contains("compare their articles/s flat out");
    } finally {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }
}
