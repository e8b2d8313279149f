package io.newsflow.sink.subscription;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the subscriptions file again when its modification time or size changes (polled: it works
 * on every file system and through the symbolic links a mounted ConfigMap swaps). A version that
 * cannot be used is refused with one line in the log, and the subscriptions in force stay.
 */
final class SubscriptionWatcher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SubscriptionWatcher.class);

  private final Path file;
  private final Function<Path, List<Subscription>> reader;
  private final Consumer<List<Subscription>> apply;
  private final ScheduledExecutorService timer;
  private Object seen;

  SubscriptionWatcher(
      Path file,
      Function<Path, List<Subscription>> reader,
      Consumer<List<Subscription>> apply,
      Duration every) {
    this.file = file;
    this.reader = reader;
    this.apply = apply;
    this.seen = stamp();
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "newsflow-subscriptions-watch");
              thread.setDaemon(true);
              return thread;
            });
    timer.scheduleWithFixedDelay(
        this::check, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void check() {
    Object now = stamp();
    if (Objects.equals(now, seen)) {
      return;
    }
    seen = now;
    if (now == null) {
      log.warn("{} is gone; the subscriptions in force stay until it is back", file);
      return;
    }
    try {
      apply.accept(reader.apply(file));
      log.info("{} read again: subscriptions updated", file);
    } catch (RuntimeException e) {
      log.warn(
          "{} changed but was refused, the subscriptions in force stay: {}", file, e.getMessage());
    }
  }

  /** The file's modification time and size; null when it cannot be read. */
  private Object stamp() {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return List.of(attributes.lastModifiedTime(), attributes.size());
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
