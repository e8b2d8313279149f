package io.newsflow.enrich.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The rows of a tab-separated UTF-8 file, read from its bytes: blank lines and lines starting with
 * '#' are skipped, a line's '\r' before its '\n' is dropped. A field is turned into a string or a
 * number only when asked for.
 *
 * <p>Why not {@code BufferedReader.readLine}, {@code String.split} and {@link Float#parseFloat}:
 * the models hold a few hundred thousand numbers, read at every start of a service or command, and
 * read this way the sentiment models load in two thirds of the time
 * (docs/research/2026-12-03-pipeline-performance.md). The numbers here are read the way {@link
 * Float#parseFloat} and {@link Double#parseDouble} read them, to the bit: a plain decimal whose
 * digits fit the type's significand exactly, divided by a power of ten that also does, is one
 * correctly rounded division (Clinger's fast path); anything else goes to the JDK's parser.
 *
 * <p>One cursor, not thread-safe.
 */
public final class TabRows {
  private static final float[] FLOAT_POWERS = {
    1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f
  };
  private static final double[] DOUBLE_POWERS = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };

  /** 2^24 and 2^53: every integer below them is a float, a double. */
  private static final long FLOAT_EXACT = 1L << 24;

  private static final long DOUBLE_EXACT = 1L << 53;

  private final byte[] bytes;
  private int next;
  private int rowStart;
  private int rowEnd;
  private int fields;
  private int[] starts = new int[8];
  private int[] ends = new int[8];

  private TabRows(byte[] bytes) {
    this.bytes = bytes;
  }

  /** The rows of a text (tests, small files). */
  public static TabRows of(String text) {
    return new TabRows(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The rows of a classpath resource, found as {@code owner.getResourceAsStream} finds it. */
  public static TabRows resource(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + resource);
      }
      return new TabRows(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** How many rows with content the whole file has, wherever the cursor is (a table's size). */
  public int count() {
    TabRows rows = new TabRows(bytes);
    int count = 0;
    while (rows.nextRow()) {
      count++;
    }
    return count;
  }

  /** Moves to the next row with content; false at the end. */
  public boolean next() {
    if (nextRow()) {
      split(rowStart, rowEnd);
      return true;
    }
    fields = 0;
    return false;
  }

  /** Finds the next row with content, without splitting it. */
  private boolean nextRow() {
    while (next < bytes.length) {
      int start = next;
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      next = end + 1;
      if (end > start && bytes[end - 1] == '\r') {
        end--;
      }
      if (!blank(start, end) && bytes[start] != '#') {
        rowStart = start;
        rowEnd = end;
        return true;
      }
    }
    return false;
  }

  private boolean blank(int start, int end) {
    for (int i = start; i < end; i++) {
      if (bytes[i] != ' ' && bytes[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  private void split(int start, int end) {
    fields = 0;
    int from = start;
    for (int i = start; i <= end; i++) {
      if (i == end || bytes[i] == '\t') {
        if (fields == starts.length) {
          starts = Arrays.copyOf(starts, fields * 2);
          ends = Arrays.copyOf(ends, fields * 2);
        }
        starts[fields] = from;
        ends[fields] = i;
        fields++;
        from = i + 1;
      }
    }
  }

  /** The current row's number of fields (a row without tabs has one). */
  public int fields() {
    return fields;
  }

  /** A field of the current row as text. */
  public String text(int field) {
    check(field);
    return new String(bytes, starts[field], ends[field] - starts[field], StandardCharsets.UTF_8);
  }

  /** The fields from {@code field} on, tabs and all: the rest of the row. */
  public String rest(int field) {
    check(field);
    int start = starts[field];
    return new String(bytes, start, ends[fields - 1] - start, StandardCharsets.UTF_8);
  }

  /** Whether a field is exactly this ASCII text, without making a string of it. */
  public boolean is(int field, String ascii) {
    check(field);
    int start = starts[field];
    int length = ends[field] - start;
    if (length != ascii.length()) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (bytes[start + i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** A field as {@link Float#parseFloat} reads it (surrounding spaces allowed). */
  public float floatValue(int field) {
    check(field);
    if (!plainDecimal(field, FLOAT_EXACT, FLOAT_POWERS.length)) {
      return Float.parseFloat(text(field));
    }
    float value = (float) significand / FLOAT_POWERS[fraction];
    return negative ? -value : value;
  }

  /** A field as {@link Double#parseDouble} reads it (surrounding spaces allowed). */
  public double doubleValue(int field) {
    check(field);
    if (!plainDecimal(field, DOUBLE_EXACT, DOUBLE_POWERS.length)) {
      return Double.parseDouble(text(field));
    }
    double value = (double) significand / DOUBLE_POWERS[fraction];
    return negative ? -value : value;
  }

  // the parts of the last decimal read by plainDecimal(): one cursor, so fields, not an object each
  private long significand;
  private int fraction;
  private boolean negative;

  /**
   * Reads {@code [-]digits[.digits]} into the three fields above; false when the field has any
   * other form, a significand of {@code exact} or more, or more fraction digits than powers.
   */
  private boolean plainDecimal(int field, long exact, int powers) {
    int i = starts[field];
    int end = ends[field];
    negative = i < end && bytes[i] == '-';
    if (negative) {
      i++;
    }
    long value = 0;
    int digits = 0;
    int point = -1;
    for (; i < end; i++) {
      byte c = bytes[i];
      if (c >= '0' && c <= '9') {
        value = value * 10 + (c - '0');
        digits++;
        if (value >= exact) {
          return false;
        }
      } else if (c == '.' && point < 0) {
        point = digits;
      } else {
        return false;
      }
    }
    int fractionDigits = point < 0 ? 0 : digits - point;
    if (digits == 0 || fractionDigits >= powers) {
      return false;
    }
    significand = value;
    fraction = fractionDigits;
    return true;
  }

  private void check(int field) {
    if (field < 0 || field >= fields) {
      throw new IndexOutOfBoundsException(
          "field " + field + " of a row with " + fields + (fields == 1 ? " field" : " fields"));
    }
  }
}
