package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.ingest.feed.Feed;
import io.newsflow.ingest.feed.FeedPoller;
import io.newsflow.ingest.source.FileSource;
import io.newsflow.ingest.source.FolderSource;
import io.newsflow.ingest.source.HttpPushSource;
import io.newsflow.ingest.source.SourceOptions;
import io.newsflow.ingest.source.StdinSource;
import io.newsflow.ingest.source.WatchedFolderSource;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {
  private final SourceOptions options = SourceOptions.defaults();

  @Test
  void specsNameTheirSources(@TempDir Path folder) throws Exception {
    Path file = Files.writeString(folder.resolve("one.txt"), "One");
    assertThat(Sources.parse("-", options, new ByteArrayInputStream(new byte[0])))
        .isInstanceOf(StdinSource.class);
    assertThat(Sources.parse(file.toString(), options, null)).isInstanceOf(FileSource.class);
    assertThat(Sources.parse(folder.toString(), options, null)).isInstanceOf(FolderSource.class);
    assertThat(Sources.parse(folder.toString(), options.withWatch(true), null))
        .isInstanceOf(WatchedFolderSource.class);
    assertThat(Sources.parse("https://example.org/feed.xml", options, null))
        .isInstanceOf(FeedPoller.class);
    assertThat(Sources.parse("http:8081", options, null)).isInstanceOf(HttpPushSource.class);
    assertThatThrownBy(() -> Sources.parse(folder.resolve("missing").toString(), options, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no such file or folder: ");
  }

  @Test
  void feedsComeFromUrlsAndOpmlListsWhateverTheirFileName(@TempDir Path folder) throws Exception {
    Path list =
        Files.writeString(
            folder.resolve("subscriptions.xml"),
            """
            <?xml version="1.0"?>
            <!-- exported -->
            <opml version="2.0"><body><outline xmlUrl="https://a.example/rss"/></body></opml>
            """);
    Path article = Files.writeString(folder.resolve("story.xml"), "<rss><channel/></rss>");

    assertThat(Sources.feeds("https://example.org/feed.xml", options))
        .containsExactly(
            new Feed(URI.create("https://example.org/feed.xml"), options.pollInterval()));
    assertThat(Sources.feeds(list.toString(), options.withPollInterval(Duration.ofMinutes(5))))
        .containsExactly(new Feed(URI.create("https://a.example/rss"), Duration.ofMinutes(5)));
    assertThat(Sources.parse(list.toString(), options, null)).isInstanceOf(FeedPoller.class);
    assertThat(Sources.feeds(article.toString(), options)).isEmpty();
    assertThat(Sources.feeds("-", options)).isEmpty();
  }
}
