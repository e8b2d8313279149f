package io.newsflow.train.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.sentiment.NewsSentimentModel;
import io.newsflow.train.SharedData;
import io.newsflow.train.Train;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The committed sentence sentiment model is what {@code train/retrain sentiment} makes from the
 * rated sentences and the committed lexicons (VADER's, the WordNet and MiniLM valences), byte for
 * byte. Needs ../shared; skips without it.
 */
@Execution(ExecutionMode.CONCURRENT) // see junit-platform.properties
class CommittedSentimentModelTest {
  @Test
  @Timeout(
      value = 20,
      unit = java.util.concurrent.TimeUnit.MINUTES) // 2-3 CPU-minutes; 9 min at load 16
  void retrainingReproducesTheCommittedModelByteForByte(@TempDir Path dir) throws Exception {
    Path shared = SharedData.root("data/sentiment/nyt-editorial-dev.tsv");
    Path out = dir.resolve("news-sentiment-model.tsv");
    long start = System.nanoTime();
    int code =
        Train.commandLine()
            .execute("sentiment", "--shared", shared.toString(), "--out", out.toString());
    System.out.printf(
        "retrained the sentiment model in %s%n", Duration.ofNanos(System.nanoTime() - start));
    assertThat(code).isZero();
    byte[] committed;
    try (InputStream in =
        NewsSentimentModel.class.getResourceAsStream("news-sentiment-model.tsv")) {
      committed = in.readAllBytes();
    }
    assertThat(Files.readAllBytes(out))
        .as("retrain with train/retrain sentiment and commit news-sentiment-model.tsv")
        .isEqualTo(committed);
  }
}
