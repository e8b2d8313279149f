package io.newsflow.ingest.format;

import static org.assertj.core.api.Assertions.fail;

import io.newsflow.common.article.Article;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What every read must satisfy, whatever the bytes: it returns (within a time bound) rather than
 * throwing, and every item is an article fit for the raw topic or a rejection with a reason. Shared
 * by the seeded property run ({@link ReaderFuzzTest}) and the coverage-guided one ({@link
 * ArticleReaderFuzzTest}).
 */
final class ReaderInvariants {
  /** Far above any one small input's reading time; a hang shows up as this timeout. */
  static final Duration BOUND = Duration.ofSeconds(10);

  private final ArticleReader reader = Readers.reader();

  /**
   * Reads {@code input} on a thread of its own, bounded in time, and checks the result. A new
   * thread each time: one stuck in a loop cannot be stopped, and must not hold up the next input.
   */
  ReadResult check(byte[] input, String name) {
    FutureTask<ReadResult> reading = new FutureTask<>(() -> reader.read(input, "fuzz"));
    Thread thread = new Thread(reading, "reader-under-test");
    thread.setDaemon(true); // a reader stuck in a loop must not keep the test JVM alive
    thread.start();
    ReadResult result;
    try {
      result = reading.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      reading.cancel(true);
      return fail("%s: no answer in %s for %s", name, BOUND, Escaped.bytes(input));
    } catch (ExecutionException e) {
      throw new AssertionError(
          name + ": threw " + e.getCause() + " for " + Escaped.bytes(input), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
    check(result, name, input);
    return result;
  }

  static void check(ReadResult result, String name, byte[] input) {
    require(!result.items().isEmpty(), name, input, "no items");
    for (Parsed item : result.items()) {
      if (item instanceof Parsed.Accepted accepted) {
        Article a = accepted.article();
        require(a.id() != null && !a.id().isBlank(), name, input, "an article without an id");
        require(!(a.headline().isEmpty() && a.body().isEmpty()), name, input, "an empty article");
        require(
            a.headline().indexOf('\n') < 0 && a.headline().equals(a.headline().strip()),
            name,
            input,
            "a headline not on one line");
        require(
            a.body().chars().noneMatch(c -> Character.isISOControl(c) && c != '\n'),
            name,
            input,
            "control characters in the body");
        require(a.received() != null, name, input, "no received time");
      } else if (item instanceof Parsed.Rejected rejected) {
        require(
            !rejected.rejection().message().isBlank(),
            name,
            input,
            "a rejection without a message");
      }
    }
  }

  /** Plain checks, the input shown only on failure: they run thousands of times. */
  private static void require(boolean holds, String name, byte[] input, String what) {
    if (!holds) {
      throw new AssertionError(name + ": " + what + " for " + Escaped.bytes(input));
    }
  }
}
