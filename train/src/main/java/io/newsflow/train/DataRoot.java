package io.newsflow.train;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The read-only data folder the trainers read (CoNLL-2003, the rated sentences): {@code --shared
 * DIR}, else {@code $NEWSFLOW_SHARED}, else {@code ../shared} (beside the project's root).
 */
public final class DataRoot {
  public static final String ENVIRONMENT = "NEWSFLOW_SHARED";

  @Option(
      names = "--shared",
      paramLabel = "DIR",
      description = "the data folder (default: $" + ENVIRONMENT + ", else ../shared)")
  private Path dir;

  public Path dir() {
    if (dir != null) {
      return dir;
    }
    String fromEnvironment = System.getenv(ENVIRONMENT);
    return Path.of(
        fromEnvironment == null || fromEnvironment.isBlank() ? "../shared" : fromEnvironment);
  }

  /** The file or folder at {@code relative} under the data folder; fails when it is absent. */
  public Path require(String relative) {
    Path path = dir().resolve(relative);
    if (!Files.exists(path)) {
      throw new MissingData(
          path + " is missing: give the data folder with --shared DIR or " + ENVIRONMENT);
    }
    return path;
  }
}
