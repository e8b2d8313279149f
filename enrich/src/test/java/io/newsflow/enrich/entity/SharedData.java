package io.newsflow.enrich.entity;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Finds the read-only ../shared folder (absent on users' clones: tests that need it skip). */
public final class SharedData {
  private SharedData() {}

  public static Path require(String relative) {
    Path found =
        Stream.of(Path.of("../shared"), Path.of("../../shared"))
            .map(p -> p.resolve(relative))
            .filter(Files::exists)
            .findFirst()
            .orElse(null);
    assumeTrue(
        found != null,
        "../shared/" + relative + " is absent (only on the project's machines): skipping");
    return found;
  }
}
