package io.newsflow.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliveriesTest {
  private static final long MS = 1_000_000;

  @Test
  void countsWhatCameOutAndMeasuresOnlyArticlesSentAfterTheFirstOutput() throws Exception {
    Deliveries deliveries = new Deliveries(10, Duration.ZERO);
    long t0 = 1_000 * MS;
    send(deliveries, "warm-up", t0);
    deliveries.cameOut("warm-up", false, t0 + 900 * MS); // the first output: start-up
    send(deliveries, "a", t0 + 1_000 * MS);
    send(deliveries, "b", t0 + 1_100 * MS);
    send(deliveries, "bad", t0 + 1_200 * MS);
    send(deliveries, "lost", t0 + 1_300 * MS);
    deliveries.cameOut("a", false, t0 + 1_050 * MS);
    deliveries.cameOut("b", false, t0 + 1_900 * MS);
    deliveries.cameOut("bad", true, t0 + 1_950 * MS);
    deliveries.cameOut("someone-else's", false, t0 + 1_950 * MS);

    StageResult result = deliveries.result("stage", t0 - 100 * MS);
    assertThat(result.sent()).isEqualTo(5);
    assertThat(result.delivered()).isEqualTo(3);
    assertThat(result.deadLettered()).isEqualTo(1);
    assertThat(result.lost()).isEqualTo(1);
    assertThat(result.unexpected()).isEqualTo(1);
    assertThat(result.firstOutputSeconds()).isEqualTo(1.0);
    // a (50 ms) and b (800 ms); the warm-up article's 900 ms is start-up, not latency
    assertThat(result.latencyMillis().samples()).isEqualTo(2);
    assertThat(result.latencyMillis().p50()).isEqualTo(50.0);
    assertThat(result.latencyMillis().max()).isEqualTo(800.0);
    // two articles out after the first output, in the second from it to the last
    assertThat(result.articlesPerSecond()).isEqualTo(2.0);
    assertThat(deliveries.drained()).as("'lost' still holds room").isFalse();
    assertThat(result.windowFilled()).as("never 10 in flight").isFalse();
  }

  @Test
  void aWarmUpAfterTheFirstOutputIsLeftOutOfTheFigures() throws Exception {
    Deliveries deliveries = new Deliveries(10, Duration.ofSeconds(1));
    long t0 = 1_000 * MS;
    send(deliveries, "first", t0);
    deliveries.cameOut("first", false, t0 + 500 * MS);
    send(deliveries, "warming", t0 + 600 * MS);
    deliveries.cameOut("warming", false, t0 + 1_400 * MS); // in the warm-up: not measured
    send(deliveries, "warm", t0 + 1_600 * MS);
    deliveries.cameOut("warm", false, t0 + 1_620 * MS);
    send(deliveries, "late", t0 + 2_000 * MS);
    deliveries.cameOut("late", false, t0 + 2_500 * MS);

    assertThat(deliveries.measuredFromNanos()).isEqualTo(t0 + 1_500 * MS);
    StageResult result = deliveries.result("stage", t0);
    assertThat(result.delivered()).isEqualTo(4);
    assertThat(result.latencyMillis().samples()).isEqualTo(2);
    assertThat(result.latencyMillis().p50()).isEqualTo(20.0);
    assertThat(result.latencyMillis().max()).isEqualTo(500.0);
    // two out in the second from the end of the warm-up to the last output
    assertThat(result.articlesPerSecond()).isEqualTo(2.0);
  }

  @Test
  void theWindowHoldsTheSenderUntilArticlesComeOut() throws Exception {
    Deliveries deliveries = new Deliveries(1, Duration.ZERO);
    send(deliveries, "a", 0);
    assertThat(deliveries.awaitRoom(System.nanoTime() + 50 * MS)).isFalse();
    deliveries.cameOut("a", false, MS);
    assertThat(deliveries.awaitRoom(System.nanoTime() + 50 * MS)).isTrue();
    assertThat(deliveries.result("stage", 0).windowFilled())
        .as("full before the first output only: start-up")
        .isFalse();

    deliveries.sending("b", 2 * MS, 1_000);
    assertThat(deliveries.awaitRoom(System.nanoTime() + 10 * MS)).isFalse();
    assertThat(deliveries.result("stage", 0).windowFilled()).isTrue();
  }

  @Test
  void anArticleIngestRefusedIsNotSentAndFreesItsRoom() throws Exception {
    Deliveries deliveries = new Deliveries(1, Duration.ZERO);
    send(deliveries, "a", 0);
    deliveries.refused("a");
    assertThat(deliveries.drained()).isTrue();
    StageResult result = deliveries.result("stage", 0);
    assertThat(result.sent()).isZero();
    assertThat(result.refused()).isEqualTo(1);
    assertThat(result.firstOutputSeconds()).isNull();
    assertThat(result.articlesPerSecond()).isNull();
  }

  private static void send(Deliveries deliveries, String id, long at) throws Exception {
    assertThat(deliveries.awaitRoom(System.nanoTime() + 1_000 * MS)).isTrue();
    deliveries.sending(id, at, 1_000);
  }
}
