package io.newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.PackagedCommandLine;
import io.newsflow.app.pipeline.EnrichedArticleContract;
import io.newsflow.common.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow tag} on real articles, every line it prints checked against the published JSON
 * Schema and the contract: the samples the demo bundles (every input format), and the wire samples
 * in ../shared when this clone sits beside them.
 */
class TagOutputSchemaProcessIT {
  private static final Path BUNDLED = Path.of("src/main/resources/io/newsflow/app/demo/samples");
  private static final Path SHARED = Path.of("..", "..", "shared", "samples");

  @BeforeAll
  static void needsThePackagedJar() {
    PackagedCommandLine.assumePackaged();
  }

  @Test
  void theBundledSamplesComeOutAsValidEnrichedArticles(@TempDir Path tmp) throws Exception {
    checkTagged(tmp, BUNDLED);
  }

  @Test
  void theSharedWireSamplesComeOutAsValidEnrichedArticles(@TempDir Path tmp) throws Exception {
    Assumptions.assumeTrue(
        Files.isDirectory(SHARED),
        SHARED.toAbsolutePath().normalize()
            + " is absent (only on the project's machines):"
            + " skipping");
    checkTagged(tmp, SHARED);
  }

  private static void checkTagged(Path tmp, Path folder) throws Exception {
    List<String> args = new ArrayList<>(List.of("tag"));
    List<Path> files = files(folder);
    assertThat(files).as("articles in %s", folder).isNotEmpty();
    files.forEach(file -> args.add(file.toString()));

    List<String> printed =
        PackagedCommandLine.output(tmp, "", args.toArray(String[]::new)).lines().toList();

    assertThat(printed).as("one article a file at least").hasSizeGreaterThanOrEqualTo(files.size());
    for (String line : printed) {
      EnrichedArticleContract.check(Json.tree(line));
    }
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> all = Files.list(folder)) {
      return all.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
