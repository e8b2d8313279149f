package io.newsflow.ingest.source;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a {@code --from} argument into its source: {@code -}, a file, a folder, a feed URL, {@code
 * http:PORT}.
 */
public final class Sources {
  private static final Pattern HTTP_PORT = Pattern.compile("http:(\\d{1,5})");

  private Sources() {}

  /**
   * The source {@code spec} names.
   *
   * @throws IllegalArgumentException with a message for the user when it names nothing usable
   */
  public static ArticleSource parse(String spec, SourceOptions options, InputStream stdin) {
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
    if (spec.startsWith("http://") || spec.startsWith("https://")) {
      URI url;
      try {
        url = URI.create(spec);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("not a valid feed URL: " + spec);
      }
      return new FeedSource(url, options.pollInterval(), options.limits());
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
            + " (give a file, a folder, - for stdin, an http(s):// feed URL or http:PORT)");
  }
}
