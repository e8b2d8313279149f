package io.newsflow.ingest.source;

import io.newsflow.ingest.format.ReadLimits;
import java.io.IOException;
import java.nio.file.Path;

/** One file, read once. */
public final class FileSource implements ArticleSource {
  private final Path file;
  private final ReadLimits limits;

  public FileSource(Path file, ReadLimits limits) {
    this.file = file;
    this.limits = limits;
  }

  @Override
  public String description() {
    return file.toString();
  }

  @Override
  public boolean endless() {
    return false;
  }

  @Override
  public void run(ItemSink sink) throws IOException {
    sink.accept(Inputs.file(file, file.getFileName().toString(), limits));
  }
}
