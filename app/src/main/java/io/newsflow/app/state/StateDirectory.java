package io.newsflow.app.state;

import io.newsflow.common.config.Config;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kafka Streams state directory held by this process alone, for as long as it runs.
 *
 * <p>Kafka Streams locks its own state directory and a second instance pointed at the same one
 * dies. So by default each instance takes the first {@code instance-N} folder under {@code
 * ROOT/SERVICE/} that no other process holds: a restarted instance finds its old state again, and
 * instances started side by side get folders of their own. The hold is an exclusive file lock,
 * which the operating system releases when the process ends, however it ends.
 *
 * <p>The folder also records the id of the Kafka cluster its state came from. State from another
 * cluster (a broker that was reset or replaced) would only make Kafka Streams fail its tasks with
 * out-of-range offsets before wiping them itself; {@link #keepFor(String)} clears it up front.
 */
public final class StateDirectory implements AutoCloseable {
  /** Where the default folders live: {@code NEWSFLOW_STATE_DIR}, else {@code ~/.newsflow/state}. */
  public static final String ROOT = "newsflow.state.dir";

  static final String LOCK_FILE = "newsflow.lock";
  static final String CLUSTER_FILE = "newsflow.cluster-id";
  private static final String INSTANCE = "instance-";

  /** Far more instances than one machine runs; only a bound against a runaway loop. */
  private static final int MAX_INSTANCES = 1_000;

  private static final Logger log = LoggerFactory.getLogger(StateDirectory.class);

  private final Path path;
  private final FileChannel channel;
  private final FileLock lock;

  private StateDirectory(Path path, FileChannel channel, FileLock lock) {
    this.path = path;
    this.channel = channel;
    this.lock = lock;
  }

  /** {@code ROOT/service}: the folder holding the {@code instance-N} folders of one service. */
  public static Path serviceRoot(Config config, String service) {
    Path root =
        config
            .get(ROOT)
            .map(Path::of)
            .orElse(Path.of(System.getProperty("user.home"), ".newsflow", "state"));
    return root.resolve(service);
  }

  /**
   * The folder to use: {@code explicit} when given (failing if another process holds it), else the
   * first free {@code instance-N} under {@code serviceRoot}.
   *
   * @throws StateDirectoryException when the explicit folder is held or a folder cannot be made
   */
  public static StateDirectory claim(Optional<Path> explicit, Path serviceRoot) {
    if (explicit.isPresent()) {
      Path dir = explicit.get().toAbsolutePath().normalize();
      return tryClaim(dir)
          .orElseThrow(
              () ->
                  new StateDirectoryException(
                      "state directory "
                          + dir
                          + " is in use by another newsflow process; give another --state-dir"));
    }
    Path root = serviceRoot.toAbsolutePath().normalize();
    for (int n = 1; n <= MAX_INSTANCES; n++) {
      Optional<StateDirectory> claimed = tryClaim(root.resolve(INSTANCE + n));
      if (claimed.isPresent()) {
        return claimed.get();
      }
    }
    throw new StateDirectoryException(
        "all "
            + MAX_INSTANCES
            + " state directories under "
            + root
            + " are in use; give one with --state-dir");
  }

  /** The folder, locked, or empty when another process (or this one) holds it. */
  static Optional<StateDirectory> tryClaim(Path dir) {
    FileChannel channel = null;
    try {
      Files.createDirectories(dir);
      channel =
          FileChannel.open(
              dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        channel.close();
        return Optional.empty();
      }
      return Optional.of(new StateDirectory(dir, channel, lock));
    } catch (IOException e) {
      closeQuietly(channel);
      throw new StateDirectoryException(
          "cannot use the state directory "
              + dir
              + ": "
              + e.getMessage()
              + "; give a writable one with --state-dir",
          e);
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // held by this very process (two services in one JVM, as in tests)
    }
  }

  /** What Kafka Streams is given as {@code state.dir}. */
  public Path path() {
    return path;
  }

  /**
   * Makes sure the folder holds state of the cluster {@code clusterId} only: state recorded for
   * another cluster is deleted, with one log line saying so (Kafka Streams restores what this
   * cluster's changelogs hold). Then records {@code clusterId}.
   */
  public void keepFor(String clusterId) {
    Path record = path.resolve(CLUSTER_FILE);
    try {
      Optional<String> recorded =
          Files.exists(record)
              ? Optional.of(Files.readString(record, StandardCharsets.UTF_8).strip())
              : Optional.empty();
      if (recorded.isPresent() && !recorded.get().equals(clusterId)) {
        clearState();
        log.warn(
            "state in {} came from another Kafka cluster (id {}, now {}); cleared it: Kafka Streams"
                + " rebuilds it from this cluster",
            path,
            recorded.get(),
            clusterId);
      }
      if (recorded.isEmpty() || !recorded.get().equals(clusterId)) {
        Files.writeString(record, clusterId + System.lineSeparator(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new StateDirectoryException(
          "cannot check the state directory " + path + ": " + e.getMessage(), e);
    }
  }

  /** Empties the folder (but for its lock): for state no run can use again, like the demo's. */
  public void clear() {
    try {
      clearState();
    } catch (IOException e) {
      throw new StateDirectoryException(
          "cannot clear the state directory " + path + ": " + e.getMessage(), e);
    }
  }

  /** Deletes everything in the folder but the lock. */
  private void clearState() throws IOException {
    try (Stream<Path> entries = Files.list(path)) {
      for (Path entry : entries.toList()) {
        if (!entry.getFileName().toString().equals(LOCK_FILE)) {
          deleteTree(entry);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Lets another process have the folder. */
  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // the channel's close below releases it too
    }
    closeQuietly(channel);
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // nothing held any more either way
      }
    }
  }

  @Override
  public String toString() {
    return "state directory " + path;
  }

  /** The state directory cannot be used; the message says why and what to do. */
  public static final class StateDirectoryException extends RuntimeException {
    StateDirectoryException(String message) {
      super(message);
    }

    StateDirectoryException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
