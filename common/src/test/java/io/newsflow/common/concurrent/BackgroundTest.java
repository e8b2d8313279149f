package io.newsflow.common.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class BackgroundTest {
  @Test
  void makesTheValueOnADaemonThreadWhileTheCallerGoesOn() throws InterruptedException {
    CountDownLatch callerWentOn = new CountDownLatch(1);
    AtomicReference<Thread> maker = new AtomicReference<>();
    Background<String> value =
        Background.start(
            () -> {
              maker.set(Thread.currentThread());
              try {
                callerWentOn.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return "loaded";
            });
    callerWentOn.countDown();

    assertThat(value.get()).isEqualTo("loaded");
    assertThat(maker.get()).isNotSameAs(Thread.currentThread());
    assertThat(maker.get().isDaemon()).isTrue();
  }

  @Test
  void throwsWhatMakingThrewNotAWrapper() {
    Background<String> value =
        Background.start(
            () -> {
              throw new UncheckedIOException("model missing", new java.io.IOException("gone"));
            });

    assertThatThrownBy(value::get)
        .isExactlyInstanceOf(UncheckedIOException.class)
        .hasMessage("model missing");
  }

  @Test
  void aValueThatIsAlreadyThere() {
    assertThat(Background.done(null).get()).isNull();
    assertThat(Background.done(7).get()).isEqualTo(7);
  }
}
