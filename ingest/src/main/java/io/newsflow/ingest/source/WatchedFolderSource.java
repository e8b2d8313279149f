package io.newsflow.ingest.source;

import io.newsflow.ingest.format.ReadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder watched until closed: the files in it, then every file that appears or changes. Polling
 * rather than a {@code WatchService}, because it behaves the same on every file system (network
 * mounts and containers included) and lets a file be delivered only once it has stopped growing: a
 * file is read when its size and modification time are the same on two polls in a row, and again
 * only if they change.
 */
public final class WatchedFolderSource implements ArticleSource {
  private static final Logger LOG = LoggerFactory.getLogger(WatchedFolderSource.class);

  private final Path folder;
  private final boolean recursive;
  private final Duration pollInterval;
  private final ReadLimits limits;
  private final CountDownLatch stop = new CountDownLatch(1);

  public WatchedFolderSource(
      Path folder, boolean recursive, Duration pollInterval, ReadLimits limits) {
    this.folder = folder;
    this.recursive = recursive;
    this.pollInterval = pollInterval;
    this.limits = limits;
  }

  @Override
  public String description() {
    return folder + " (watched)";
  }

  @Override
  public boolean endless() {
    return true;
  }

  private record Stamp(long size, long modified) {}

  @Override
  public void run(ItemSink sink) throws IOException, InterruptedException {
    Map<Path, Stamp> delivered = new HashMap<>();
    Map<Path, Stamp> previous = new HashMap<>();
    while (stop.getCount() > 0) {
      Map<Path, Stamp> current = new HashMap<>();
      for (Path file : FolderSource.files(folder, recursive)) {
        try {
          Stamp stamp = new Stamp(Files.size(file), Files.getLastModifiedTime(file).toMillis());
          current.put(file, stamp);
          if (stamp.equals(previous.get(file)) && !stamp.equals(delivered.get(file))) {
            delivered.put(file, stamp);
            sink.accept(Inputs.file(file, file.getFileName().toString(), limits));
          }
        } catch (NoSuchFileException e) {
          LOG.debug("{} went away before it was read", file);
        }
      }
      delivered.keySet().retainAll(current.keySet()); // a file deleted and written again is new
      previous = current;
      stop.await(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public void close() {
    stop.countDown();
  }
}
