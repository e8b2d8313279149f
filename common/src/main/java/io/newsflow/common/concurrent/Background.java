package io.newsflow.common.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A value made on another thread while the caller does something else, such as a model or a list
 * loaded beside the others at start-up. {@link #get} gives the value, or throws what making it
 * threw, as if it had been made on the calling thread.
 *
 * @param <T> the value's type
 */
public final class Background<T> {
  private final CompletableFuture<T> making;

  private Background(CompletableFuture<T> making) {
    this.making = making;
  }

  /**
   * Starts making the value now, on a thread of its own. The thread is a daemon, so a command that
   * fails before it needs the value (Kafka cannot be reached, say) exits without waiting for it.
   */
  public static <T> Background<T> start(Supplier<T> maker) {
    return new Background<>(
        CompletableFuture.supplyAsync(
            maker,
            task -> {
              Thread thread = new Thread(task, "newsflow-background");
              thread.setDaemon(true);
              thread.start();
            }));
  }

  /** A value that is already there (when there is nothing to make). */
  public static <T> Background<T> done(T value) {
    return new Background<>(CompletableFuture.completedFuture(value));
  }

  /** Waits for the value; the maker's own exception, not a wrapper around it, when it failed. */
  public T get() {
    try {
      return making.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }
}
