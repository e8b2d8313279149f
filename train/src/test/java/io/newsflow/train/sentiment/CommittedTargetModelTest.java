package io.newsflow.train.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.sentiment.TargetSentimentModel;
import io.newsflow.train.SharedData;
import io.newsflow.train.Train;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The committed target sentiment model is what {@code train/retrain targets} makes from NewsMTSC,
 * byte for byte. Needs ../shared; skips without it.
 */
@Execution(ExecutionMode.CONCURRENT) // see junit-platform.properties
class CommittedTargetModelTest {
  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES) // about 30 s of CPU
  void retrainingReproducesTheCommittedModelByteForByte(@TempDir Path dir) throws Exception {
    Path shared = SharedData.root(TrainTargetModel.DATA);
    Path out = dir.resolve(TargetSentimentModel.RESOURCE);

    int code =
        Train.commandLine()
            .execute("targets", "--shared", shared.toString(), "--out", out.toString());

    assertThat(code).isZero();
    byte[] committed;
    try (InputStream in =
        TargetSentimentModel.class.getResourceAsStream(TargetSentimentModel.RESOURCE)) {
      committed = in.readAllBytes();
    }
    assertThat(Files.readAllBytes(out))
        .as("retrain with train/retrain targets and commit " + TargetSentimentModel.RESOURCE)
        .isEqualTo(committed);
  }
}
