package io.newsflow.ingest.source;

import io.newsflow.common.json.Json;
import io.newsflow.ingest.format.ReadLimits;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Standard input ({@code -}). JSON lines are delivered a line at a time as they arrive, so a
 * producer can pipe articles in for as long as it likes; anything else (one article in any format,
 * a pretty-printed JSON object) is read to the end as one input.
 */
public final class StdinSource implements ArticleSource {
  private final InputStream in;
  private final ReadLimits limits;

  public StdinSource(InputStream in, ReadLimits limits) {
    this.in = in;
    this.limits = limits;
  }

  @Override
  public String description() {
    return "-";
  }

  @Override
  public boolean endless() {
    return false;
  }

  @Override
  public void run(ItemSink sink) throws IOException {
    InputStream input = new BufferedInputStream(in);
    Line first = readLine(input);
    if (first == null) {
      sink.accept(new SourceItem("stdin", "stdin", new byte[0]));
      return;
    }
    if (isJsonObject(first)) {
      int number = 1;
      for (Line line = first; line != null; line = readLine(input), number++) {
        if (!new String(line.bytes(), StandardCharsets.UTF_8).isBlank()) {
          sink.accept(new SourceItem("stdin", "stdin line " + number, line.bytes(), line.size()));
        }
      }
      return;
    }
    SourceItem rest = Inputs.stream(input, "stdin", "stdin", limits);
    long size = first.size() + rest.size();
    byte[] bytes = concat(first.bytes(), rest.bytes());
    if (size > bytes.length || size > limits.maxInputBytes()) {
      // too large: keep the head for the dead letter, with the true size
      sink.accept(
          new SourceItem(
              "stdin",
              "stdin",
              Arrays.copyOf(bytes, (int) Math.min(bytes.length, limits.maxItemBytes())),
              size));
    } else {
      sink.accept(new SourceItem("stdin", "stdin", bytes));
    }
  }

  /** One line with its newline; past the input limit only counted. */
  private record Line(byte[] bytes, long size) {}

  /** The next line, or null at the end of input. Returns as soon as the newline arrives. */
  private Line readLine(InputStream input) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    long size = 0;
    int b;
    while ((b = input.read()) >= 0) {
      size++;
      if (size <= limits.maxInputBytes()) {
        line.write(b);
      }
      if (b == '\n') {
        break;
      }
    }
    return size == 0 ? null : new Line(line.toByteArray(), size);
  }

  /** Whether the first line is one whole JSON object: then the input is JSON lines. */
  private static boolean isJsonObject(Line line) {
    if (line.size() > line.bytes().length) {
      return false;
    }
    String text = new String(line.bytes(), StandardCharsets.UTF_8).strip();
    if (!text.startsWith("{") || !text.endsWith("}")) {
      return false;
    }
    try {
      return Json.tree(text).isObject();
    } catch (IOException e) {
      return false;
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
