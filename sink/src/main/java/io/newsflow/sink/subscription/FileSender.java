package io.newsflow.sink.subscription;

import io.newsflow.common.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Appends each article as one JSON line to a file. When a line would take the file past its size
 * limit, the file is rotated first: {@code PATH} becomes {@code PATH.1}, {@code PATH.1} becomes
 * {@code PATH.2}, and so on, keeping {@link #KEPT} old files.
 */
final class FileSender implements Sender {
  static final int KEPT = 5;

  private final Path path;
  private final long rotateBytes;
  private OutputStream out;
  private long size;

  FileSender(Path path, long rotateBytes) {
    this.path = path.toAbsolutePath();
    this.rotateBytes = rotateBytes;
  }

  @Override
  public void send(Delivery delivery) throws DeliveryFailure {
    byte[] line = withNewline(delivery.payload());
    try {
      if (out == null) {
        open();
      }
      if (size > 0 && size + line.length > rotateBytes) {
        rotate();
      }
      out.write(line);
      out.flush();
      size += line.length;
    } catch (IOException e) {
      closeQuietly();
      throw new DeliveryFailure("io", "cannot write " + path + ": " + e.getMessage());
    }
  }

  private void open() throws IOException {
    if (path.getParent() != null) {
      Files.createDirectories(path.getParent());
    }
    out =
        Files.newOutputStream(
            path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    size = Files.size(path);
  }

  private void rotate() throws IOException {
    out.close();
    out = null;
    for (int i = KEPT - 1; i >= 1; i--) {
      Path older = rotated(i);
      if (Files.exists(older)) {
        Files.move(older, rotated(i + 1), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Files.move(path, rotated(1), StandardCopyOption.REPLACE_EXISTING);
    open();
  }

  private Path rotated(int n) {
    return path.resolveSibling(path.getFileName() + "." + n);
  }

  /** The payload on one line (a value stored pretty-printed is written compactly). */
  private static byte[] withNewline(byte[] payload) throws DeliveryFailure {
    for (byte b : payload) {
      if (b == '\n' || b == '\r') {
        try {
          payload =
              Json.line(Json.tree(new String(payload, StandardCharsets.UTF_8)))
                  .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new DeliveryFailure("io", "not JSON, so not one line: " + e.getMessage());
        }
        break;
      }
    }
    byte[] line = java.util.Arrays.copyOf(payload, payload.length + 1);
    line[payload.length] = '\n';
    return line;
  }

  @Override
  public void close() {
    closeQuietly();
  }

  private void closeQuietly() {
    if (out != null) {
      try {
        out.close();
      } catch (IOException e) {
        // nothing more to write to it; the next send opens it again
      }
      out = null;
    }
  }
}
