package io.newsflow.train;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Finds the read-only data folder for tests: {@code $NEWSFLOW_SHARED}, else {@code ../shared} from
 * the project's root or from this module. Absent on users' clones: tests that need it skip.
 */
public final class SharedData {
  private SharedData() {}

  /** The data folder holding {@code relative}; skips the calling test when there is none. */
  public static Path root(String relative) {
    String fromEnvironment = System.getenv(DataRoot.ENVIRONMENT);
    Path found =
        Stream.of(fromEnvironment, "../shared", "../../shared")
            .filter(p -> p != null && !p.isBlank())
            .map(Path::of)
            .filter(p -> Files.exists(p.resolve(relative)))
            .findFirst()
            .orElse(null);
    assumeTrue(
        found != null,
        "../shared/" + relative + " is absent (only on the project's machines): skipping");
    return found;
  }

  public static Path require(String relative) {
    return root(relative).resolve(relative);
  }
}
