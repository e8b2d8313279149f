package io.newsflow.ingest.feed;

import com.fasterxml.jackson.databind.ObjectReader;
import io.newsflow.common.json.Json;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One small JSON file per feed in a folder, named by a hash of the feed's URL (which the file also
 * holds, for people). A file is replaced whole: written to a temporary file beside it, forced to
 * disk, then moved over the old one, so a crash leaves either the old state or the new, never half.
 */
public final class FeedStateFiles implements FeedStates {
  private static final ObjectReader READER = Json.reader(Stored.class);

  private final Path folder;

  public FeedStateFiles(Path folder) {
    this.folder = folder;
  }

  /** The file's layout; {@code url} only says whose it is. */
  record Stored(String url, String etag, String lastModified, List<String> sent) {}

  @Override
  public FeedState load(URI url) throws IOException {
    Path file = file(url);
    if (!Files.exists(file)) {
      return FeedState.empty();
    }
    Stored stored = READER.readValue(file.toFile());
    return new FeedState(
        stored.etag(), stored.lastModified(), stored.sent() == null ? List.of() : stored.sent());
  }

  @Override
  public void save(URI url, FeedState state) throws IOException {
    Files.createDirectories(folder);
    Path file = file(url);
    Path temporary = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
    try {
      byte[] json =
          Json.line(new Stored(url.toString(), state.etag(), state.lastModified(), state.sent()))
              .getBytes(StandardCharsets.UTF_8);
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        channel.write(ByteBuffer.wrap(json));
        channel.force(true);
      }
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** {@code feed-HASH.json}: a URL may hold any character, a file name may not. */
  Path file(URI url) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(url.toString().getBytes(StandardCharsets.UTF_8));
      return folder.resolve("feed-" + HexFormat.of().formatHex(digest, 0, 12) + ".json");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
