package io.newsflow.app.bench;

import java.time.Duration;
import java.util.List;

/**
 * A bench run: how it was run and what each stage did, pass-through first.
 *
 * @param rate articles a second asked for; 0 for flat out
 * @param duration how long each stage was fed and measured, after its first output and warm-up
 * @param warmup how long each stage was fed after its first output before the measuring began
 * @param instances enrich processes; 0 when enrich ran in the bench's JVM
 */
public record Report(
    String articles,
    double rate,
    Duration duration,
    Duration warmup,
    String processingGuarantee,
    int partitions,
    int enrichThreads,
    int instances,
    String kafka,
    List<StageResult> stages) {

  /** Articles that neither came out nor went to the dead-letter topic, in every stage. */
  public long lost() {
    return stages.stream().mapToLong(StageResult::lost).sum();
  }
}
