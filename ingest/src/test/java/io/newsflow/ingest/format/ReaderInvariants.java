package io.newsflow.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.newsflow.common.article.Article;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What every read must satisfy, whatever the bytes: it returns (within a time bound) rather than
 * throwing, and every item is an article fit for the raw topic or a rejection with a reason. Shared
 * by the seeded property run ({@link ReaderFuzzTest}) and the coverage-guided one
 * ({@link ArticleReaderFuzzTest}).
 */
final class ReaderInvariants implements AutoCloseable {
  /** Far above any one small input's reading time; a hang shows up as this timeout. */
  static final Duration BOUND = Duration.ofSeconds(10);

  private final ArticleReader reader = Readers.reader();
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "reader-under-test");
        t.setDaemon(true); // a reader stuck in a loop must not keep the test JVM alive
        return t;
      });

  /** Reads {@code input} on a thread of its own, bounded in time, and checks the result. */
  ReadResult check(byte[] input, String name) {
    Future<ReadResult> reading = thread.submit(() -> reader.read(input, "fuzz"));
    ReadResult result;
    try {
      result = reading.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      reading.cancel(true);
      return fail("%s: no answer in %s for %s", name, BOUND, Escaped.bytes(input));
    } catch (ExecutionException e) {
      throw new AssertionError(name + ": threw " + e.getCause() + " for " + Escaped.bytes(input), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
    check(result, name, input);
    return result;
  }

  static void check(ReadResult result, String name, byte[] input) {
    assertThat(result.items()).as("%s: items of %s", name, Escaped.bytes(input)).isNotEmpty();
    for (Parsed item : result.items()) {
      if (item instanceof Parsed.Accepted accepted) {
        Article a = accepted.article();
        assertThat(a.id()).as("%s: id", name).isNotBlank();
        assertThat(a.headline().isEmpty() && a.body().isEmpty()).as("%s: an empty article of %s", name, Escaped.bytes(input)).isFalse();
        assertThat(a.headline()).as("%s: headline", name).doesNotContain("\n").isEqualTo(a.headline().strip());
        assertThat(a.body().chars().filter(c -> Character.isISOControl(c) && c != '\n'))
            .as("%s: control characters in the body of %s", name, Escaped.bytes(input)).isEmpty();
        assertThat(a.received()).as("%s: received", name).isNotNull();
      } else if (item instanceof Parsed.Rejected rejected) {
        assertThat(rejected.rejection().message()).as("%s: rejection message", name).isNotBlank();
        assertThat(rejected.rejection().original()).as("%s: original bytes", name).isNotNull();
      }
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
