package io.newsflow.app.demo;

import io.newsflow.common.article.Article;
import io.newsflow.ingest.format.ArticleReader;
import io.newsflow.ingest.source.SourceItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The demo's articles: those bundled in the jar (written by the team, one in every input format)
 * and, when the project sits beside the {@code shared} folder, the real wire samples there.
 */
public final class DemoSamples {
  private static final String BUNDLED = "/io/newsflow/app/demo/samples";

  private DemoSamples() {}

  public static List<SourceItem> bundled() {
    try {
      URI uri = DemoSamples.class.getResource(BUNDLED).toURI();
      if (uri.getScheme().equals("jar")) {
        try (FileSystem jar = jarFileSystem(uri)) {
          return read(jar.provider().getPath(uri));
        }
      }
      return read(Path.of(uri));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled samples", e);
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("the bundled samples are missing from the jar", e);
    }
  }

  /** The articles {@code reader} finds in {@code items}; what is not an article is left out. */
  public static List<Article> articles(List<SourceItem> items, ArticleReader reader) {
    return items.stream()
        .flatMap(item -> reader.read(item.bytes(), item.size(), item.name()).articles().stream())
        .toList();
  }

  /** The files of {@code folder}, if it exists: e.g. {@code ../shared/samples}. */
  public static List<SourceItem> folder(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try {
      return read(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the samples in " + folder, e);
    }
  }

  private static FileSystem jarFileSystem(URI uri) throws IOException {
    try {
      return FileSystems.newFileSystem(uri, Map.of());
    } catch (FileSystemAlreadyExistsException e) {
      return FileSystems.getFileSystem(uri);
    }
  }

  private static List<SourceItem> read(Path folder) throws IOException {
    List<SourceItem> items = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = file.getFileName().toString();
        if (!name.startsWith(".")) {
          items.add(new SourceItem("demo:" + name, "demo:" + name, Files.readAllBytes(file)));
        }
      }
    }
    return items;
  }
}
