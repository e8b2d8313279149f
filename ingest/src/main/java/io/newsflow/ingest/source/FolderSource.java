package io.newsflow.ingest.source;

import io.newsflow.ingest.format.ReadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a folder, read once in path order: its own files, or with {@code recursive} those of
 * every subfolder too. Hidden files and folders (".git", ".DS_Store") are skipped.
 */
public final class FolderSource implements ArticleSource {
  private final Path folder;
  private final boolean recursive;
  private final ReadLimits limits;

  public FolderSource(Path folder, boolean recursive, ReadLimits limits) {
    this.folder = folder;
    this.recursive = recursive;
    this.limits = limits;
  }

  @Override
  public String description() {
    return folder.toString();
  }

  @Override
  public boolean endless() {
    return false;
  }

  @Override
  public void run(ItemSink sink) throws IOException {
    for (Path file : files(folder, recursive)) {
      sink.accept(Inputs.file(file, file.getFileName().toString(), limits));
    }
  }

  /** The visible regular files under {@code folder}, sorted by path. */
  static List<Path> files(Path folder, boolean recursive) throws IOException {
    try (Stream<Path> paths = recursive ? Files.walk(folder) : Files.list(folder)) {
      return paths
          .filter(Files::isRegularFile)
          .filter(path -> !isHidden(folder.relativize(path)))
          .sorted()
          .toList();
    }
  }

  /** Whether any part of the relative path starts with a dot. */
  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
