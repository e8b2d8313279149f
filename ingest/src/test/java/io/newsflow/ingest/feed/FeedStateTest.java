package io.newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedStateTest {
  @Test
  void theOldestKeysAreForgottenButNeverThoseOfTheLatestDocument() {
    FeedState state = FeedState.empty().after("e1", null, List.of("a", "b", "c"), 3);
    FeedState next = state.after("e2", "Tue, 01 Dec 2026 10:00:00 GMT", List.of("a", "d"), 3);
    assertThat(next.sent()).containsExactly("c", "a", "d");
    assertThat(next.etag()).isEqualTo("e2");
    assertThat(next.lastModified()).isEqualTo("Tue, 01 Dec 2026 10:00:00 GMT");
    assertThat(next.after(null, null, List.of("w", "x", "y", "z"), 3).sent())
        .as("a document longer than the bound is remembered whole")
        .containsExactly("w", "x", "y", "z");
  }

  @Test
  void stateFilesRoundTripOnePerFeedReplacedWhole(@TempDir Path tmp) throws Exception {
    FeedStateFiles files = new FeedStateFiles(tmp.resolve("feeds"));
    URI one = URI.create("https://one.example/rss?x=1&y=2");
    URI two = URI.create("https://two.example/atom");
    assertThat(files.load(one)).isEqualTo(FeedState.empty());

    files.save(one, new FeedState("\"v1\"", null, List.of("a 1")));
    files.save(one, new FeedState("\"v2\"", "Tue, 01 Dec 2026 10:00:00 GMT", List.of("a 1", "b")));
    files.save(two, FeedState.empty());

    FeedStateFiles reopened = new FeedStateFiles(tmp.resolve("feeds"));
    assertThat(reopened.load(one))
        .isEqualTo(new FeedState("\"v2\"", "Tue, 01 Dec 2026 10:00:00 GMT", List.of("a 1", "b")));
    assertThat(reopened.load(two)).isEqualTo(FeedState.empty());
    try (Stream<Path> left = Files.list(tmp.resolve("feeds"))) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .as("two files, no temporary one left")
          .hasSize(2)
          .allMatch(name -> name.endsWith(".json"));
    }
    assertThat(Files.readString(files.file(one))).contains("https://one.example/rss?x=1&y=2");
  }
}
