package io.newsflow.ingest.source;

import io.newsflow.ingest.format.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reading inputs without trusting their size: at most the input limit is read into memory; past it
 * only the first item-limit bytes are kept, for the dead letter, and the true size recorded.
 */
public final class Inputs {
  private Inputs() {}

  static SourceItem file(Path file, String name, ReadLimits limits) throws IOException {
    long size = Files.size(file);
    if (size <= limits.maxInputBytes()) {
      return new SourceItem(name, file.toString(), Files.readAllBytes(file), size);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return new SourceItem(
          name, file.toString(), in.readNBytes((int) limits.maxItemBytes()), size);
    }
  }

  /** Reads a stream to its end, keeping at most the input limit (and counting the rest). */
  public static SourceItem stream(InputStream in, String name, String origin, ReadLimits limits)
      throws IOException {
    int keep = (int) Math.min(Integer.MAX_VALUE - 8, limits.maxInputBytes());
    byte[] bytes = in.readNBytes(keep);
    long extra = 0;
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) > 0; ) {
      extra += n;
    }
    if (extra == 0) {
      return new SourceItem(name, origin, bytes);
    }
    return new SourceItem(
        name, origin, Arrays.copyOf(bytes, (int) limits.maxItemBytes()), bytes.length + extra);
  }
}
