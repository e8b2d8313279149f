package io.newsflow.sink.events;

/**
 * The text of server-sent events. Every field is one line: a line break inside an id or the data
 * would end the field early and let the rest be read as fields of its own (another id, another
 * event), so such values are refused rather than split.
 */
public final class EventFrames {
  private EventFrames() {}

  /** One event: {@code id:} and one line of {@code data:}, then the blank line that ends it. */
  public static String event(String id, String data) {
    requireOneLine("an event id", id);
    if (id.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("an event id cannot hold NUL: clients ignore such ids");
    }
    requireOneLine("event data", data);
    return "id: " + id + "\ndata: " + data + "\n\n";
  }

  /** A comment: clients ignore it, proxies see traffic and keep the connection open. */
  public static String comment(String text) {
    requireOneLine("a comment", text);
    return ": " + text + "\n\n";
  }

  private static void requireOneLine(String what, String value) {
    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(what + " must be one line");
    }
  }
}
