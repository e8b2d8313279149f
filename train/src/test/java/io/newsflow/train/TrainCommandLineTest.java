package io.newsflow.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainCommandLineTest {
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = Train.commandLine();
    commandLine.setErr(new PrintWriter(err, true));
    commandLine.setOut(new PrintWriter(new StringWriter(), true));
    return commandLine.execute(args);
  }

  @Test
  void noCommandIsBadUsageAndListsTheShippedFiles() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString())
        .contains("tagger", "sentiment", "wordnet-valences", "minilm-valences");
  }

  @Test
  void missingDataFailsWithOneLineSayingWhereToPoint(@TempDir Path empty) {
    assertThat(
            run(
                "sentiment",
                "--shared",
                empty.toString(),
                "--out",
                empty.resolve("m.tsv").toString()))
        .isEqualTo(1);
    assertThat(err.toString().strip())
        .startsWith("train: " + empty.resolve("data/sentiment"))
        .contains("--shared DIR")
        .doesNotContain("\n");
    assertThat(empty.resolve("m.tsv")).doesNotExist();
  }

  @Test
  void unknownOptionsAreBadUsage() {
    assertThat(run("tagger", "--epochz", "3")).isEqualTo(2);
  }
}
