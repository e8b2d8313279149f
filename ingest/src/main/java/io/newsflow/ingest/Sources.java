package io.newsflow.ingest;

import io.newsflow.ingest.feed.Feed;
import io.newsflow.ingest.feed.FeedPoller;
import io.newsflow.ingest.feed.FeedSettings;
import io.newsflow.ingest.feed.FeedStates;
import io.newsflow.ingest.feed.Opml;
import io.newsflow.ingest.source.ArticleSource;
import io.newsflow.ingest.source.FileSource;
import io.newsflow.ingest.source.FolderSource;
import io.newsflow.ingest.source.HttpPushSource;
import io.newsflow.ingest.source.SourceOptions;
import io.newsflow.ingest.source.StdinSource;
import io.newsflow.ingest.source.WatchedFolderSource;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a {@code --from} argument into its source: {@code -}, a file, a folder, a feed URL, an OPML
 * list of feeds, {@code http:PORT}. Feeds are told apart ({@link #feeds}) because all of them are
 * best polled by one {@link FeedPoller}, which keeps their state in a folder.
 */
public final class Sources {
  private static final Pattern HTTP_PORT = Pattern.compile("http:(\\d{1,5})");

  private Sources() {}

  /**
   * The feeds {@code spec} names: one for a feed URL, those of the list for an OPML file, none for
   * anything else.
   *
   * @throws IllegalArgumentException with a message for the user when it names no usable feed
   */
  public static List<Feed> feeds(String spec, SourceOptions options) {
    if (spec.startsWith("http://") || spec.startsWith("https://")) {
      URI url;
      try {
        url = URI.create(spec);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("not a valid feed URL: " + spec);
      }
      return List.of(new Feed(url, options.pollInterval()));
    }
    Path path = Path.of(spec);
    if (Files.isRegularFile(path) && Opml.is(path)) {
      return Opml.feeds(path, options.pollInterval());
    }
    return List.of();
  }

  /**
   * The source {@code spec} names; feeds among it remember what they sent for this run only.
   *
   * @throws IllegalArgumentException with a message for the user when it names nothing usable
   */
  public static ArticleSource parse(String spec, SourceOptions options, InputStream stdin) {
    List<Feed> feeds = feeds(spec, options);
    if (!feeds.isEmpty()) {
      return new FeedPoller(
          feeds, FeedStates.inMemory(), FeedSettings.defaults(), options.limits());
    }
    if (spec.equals("-")) {
      return new StdinSource(stdin, options.limits());
    }
    Matcher port = HTTP_PORT.matcher(spec);
    if (port.matches()) {
      int number = Integer.parseInt(port.group(1));
      if (number > 65_535) {
        throw new IllegalArgumentException(
            "not a port: " + spec + " (use http:PORT with PORT up to 65535)");
      }
      return new HttpPushSource(options.httpHost(), number, options.http(), options.limits());
    }
    Path path = Path.of(spec);
    if (Files.isDirectory(path)) {
      return options.watch()
          ? new WatchedFolderSource(
              path, options.recursive(), options.pollInterval(), options.limits())
          : new FolderSource(path, options.recursive(), options.limits());
    }
    if (Files.isRegularFile(path)) {
      return new FileSource(path, options.limits());
    }
    throw new IllegalArgumentException(
        "no such file or folder: "
            + spec
            + " (give a file, a folder, - for stdin, an http(s):// feed URL, an OPML list of feeds"
            + " or http:PORT)");
  }
}
