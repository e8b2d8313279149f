package io.newsflow.ingest.format;

import java.nio.charset.StandardCharsets;

/**
 * An input shown in a failure message so that it can be pasted back into a test: Java escapes, cut
 * short.
 */
final class Escaped {
  private static final int SHOWN = 2_000;

  private Escaped() {}

  static String bytes(byte[] input) {
    String text = new String(input, StandardCharsets.ISO_8859_1);
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < Math.min(text.length(), SHOWN); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
    if (text.length() > SHOWN) {
      out.append(" (").append(input.length).append(" bytes)");
    }
    return out.append(" as ISO-8859-1").toString();
  }
}
