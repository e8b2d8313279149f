package io.newsflow.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {
  private static final long MS = 1_000_000;

  @Test
  void nearestRankOverEverySample() {
    // 1..100 ms: the p-th percentile is exactly p ms
    long[] sorted = LongStream.rangeClosed(1, 100).map(ms -> ms * MS).toArray();
    Percentiles p = Percentiles.of(sorted);
    assertThat(p.samples()).isEqualTo(100);
    assertThat(p.p50()).isEqualTo(50.0);
    assertThat(p.p95()).isEqualTo(95.0);
    assertThat(p.p99()).isEqualTo(99.0);
    assertThat(p.max()).isEqualTo(100.0);
  }

  @Test
  void oneSlowArticleInTenIsTheP95() {
    long[] sorted = {MS, MS, MS, MS, MS, MS, MS, MS, MS, 900 * MS};
    Percentiles p = Percentiles.of(sorted);
    assertThat(p.p50()).isEqualTo(1.0);
    assertThat(p.p95()).isEqualTo(900.0);
  }

  @Test
  void noSamplesNoFigures() {
    assertThat(Percentiles.of(new long[0])).isEqualTo(Percentiles.NONE);
    assertThat(Percentiles.NONE.p99()).isNull();
  }
}
