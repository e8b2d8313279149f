package io.newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsflow sentiment --targets FILE}: one score a line, bad lines named with exit 2. */
@Timeout(120)
class SentimentTargetsTest {
  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Newsflow.execute(Map.of(), new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** {@code sentiment --targets} over a file of {@code lines}. */
  private static Run runOn(Path dir, String lines) throws IOException {
    Path file = dir.resolve("targets.tsv");
    Files.writeString(file, lines, StandardCharsets.UTF_8);
    return run("sentiment", "--targets", file.toString());
  }

  @Test
  void printsOneScoreALineTowardEachMention(@TempDir Path dir) throws IOException {
    String s =
        "Critics condemned Russia for the attack, while leaders praised Ukraine for its courage.";
    int russia = s.indexOf("Russia");
    int ukraine = s.indexOf("Ukraine");
    Path file = dir.resolve("targets.tsv");
    Files.writeString(
        file,
        s
            + "\t"
            + russia
            + "\t"
            + (russia + 6)
            + "\n"
            + s
            + "\t"
            + ukraine
            + "\t"
            + (ukraine + 7)
            + "\n",
        StandardCharsets.UTF_8);

    Run run = run("sentiment", "--targets", file.toString());

    assertThat(run.code()).as(run.err()).isZero();
    String[] scores = run.out().split("\n");
    assertThat(scores).hasSize(2);
    assertThat(Double.parseDouble(scores[0])).isLessThan(-0.05);
    assertThat(Double.parseDouble(scores[1])).isGreaterThan(0.05);
  }

  @Test
  void aBadLineIsNamedAndStopsWithExitCodeTwo(@TempDir Path dir) throws IOException {
    Run run = runOn(dir, "Kyiv held.\t0\t4\nKyiv held.\tfour\t4\nKyiv held.\t0\t4\n");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out().split("\n")).hasSize(1); // the good line before it was scored
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).contains("targets.tsv line 2", "start must be a whole number");
  }

  @Test
  void aMentionOutsideItsTextIsABadLine(@TempDir Path dir) throws IOException {
    Run run = runOn(dir, "Kyiv held.\t5\t40\n");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("line 1", "not inside the text");
  }
}
