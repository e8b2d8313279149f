package io.newsflow.ingest.format;

/**
 * Size limits. {@code maxItemBytes} bounds one article as it arrives (a file, a JSON line, a feed
 * item); {@code maxInputBytes} bounds a whole input that holds many (a JSON lines file, a feed),
 * which is read into memory.
 */
public record ReadLimits(long maxItemBytes, long maxInputBytes) {
  /**
   * The setting (flag, environment {@code NEWSFLOW_MAX_ARTICLE_BYTES}, or file) for the item limit.
   */
  public static final String MAX_ARTICLE_BYTES = "newsflow.max.article.bytes";

  public static final long DEFAULT_MAX_ITEM_BYTES = 1_048_576;
  public static final long DEFAULT_MAX_INPUT_BYTES = 64L * 1_048_576;

  public ReadLimits {
    if (maxItemBytes <= 0 || maxInputBytes < maxItemBytes) {
      throw new IllegalArgumentException(
          "limits must be positive and the input limit at least the item limit: "
              + maxItemBytes
              + ", "
              + maxInputBytes);
    }
  }

  public static ReadLimits defaults() {
    return new ReadLimits(DEFAULT_MAX_ITEM_BYTES, DEFAULT_MAX_INPUT_BYTES);
  }

  /** The limits configured with {@value #MAX_ARTICLE_BYTES}, the defaults otherwise. */
  public static ReadLimits from(io.newsflow.common.config.Config config) {
    int maxItemBytes = config.getInt(MAX_ARTICLE_BYTES, (int) DEFAULT_MAX_ITEM_BYTES);
    if (maxItemBytes <= 0) {
      throw new io.newsflow.common.config.ConfigException(
          MAX_ARTICLE_BYTES + " must be positive, not " + maxItemBytes);
    }
    return ofItemBytes(maxItemBytes);
  }

  /** An item limit, with the input limit at least as large as the default. */
  public static ReadLimits ofItemBytes(long maxItemBytes) {
    return new ReadLimits(maxItemBytes, Math.max(DEFAULT_MAX_INPUT_BYTES, maxItemBytes));
  }

  /** "too large: 1.3 MB > limit 1 MB" (MB = 1,048,576 bytes; small sizes in bytes or KB). */
  static String tooLarge(long size, long limit) {
    String shown = human(size);
    String limitShown = human(limit);
    if (shown.equals(limitShown)) { // 1,048,577 bytes is not "1 MB > limit 1 MB"
      shown = size + " bytes";
      limitShown = limit + " bytes";
    }
    return "too large: " + shown + " > limit " + limitShown;
  }

  static String human(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    if (bytes < 1_048_576) {
      return oneDecimal(bytes / 1024.0) + " KB";
    }
    return oneDecimal(bytes / 1_048_576.0) + " MB";
  }

  private static String oneDecimal(double value) {
    String formatted = String.format(java.util.Locale.ROOT, "%.1f", value);
    return formatted.endsWith(".0") ? formatted.substring(0, formatted.length() - 2) : formatted;
  }
}
