package io.newsflow.sink.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.common.article.ArticleFilter;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class EventClientTest {
  @Test
  void aFullQueueCutsTheClientOffAndInterruptsItsWriter() throws Exception {
    EventClient client = new EventClient(ArticleFilter.everything(), 2);
    CountDownLatch interrupted = new CountDownLatch(1);
    Thread writer =
        new Thread(
            () -> {
              try {
                Thread.sleep(30_000); // a write to a client that stopped reading
              } catch (InterruptedException e) {
                interrupted.countDown();
              }
            });
    writer.start();
    client.writtenBy(writer);

    assertThat(client.offer("1")).isTrue();
    assertThat(client.offer("2")).isTrue();
    assertThat(client.cutOff()).isFalse();
    assertThat(client.offer("3")).isFalse();
    assertThat(client.cutOff()).isTrue();
    assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
    // what was queued can still go out; nothing after the loss is taken
    assertThat(client.next(Duration.ZERO)).hasValue("1");
    assertThat(client.offer("4")).isFalse();
  }

  @Test
  void aReleasedWritersThreadIsNeverInterrupted() throws Exception {
    EventClient client = new EventClient(ArticleFilter.everything(), 1);
    client.writtenBy(Thread.currentThread());
    client.released();
    client.offer("1");
    client.offer("2");
    assertThat(client.cutOff()).isTrue();
    assertThat(Thread.interrupted()).isFalse();
  }
}
