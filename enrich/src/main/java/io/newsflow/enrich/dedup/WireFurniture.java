package io.newsflow.enrich.dedup;

import java.util.regex.Pattern;

/**
 * Strips what wires put around a story rather than in it: a dateline ("LONDON (Reuters) -"), a
 * byline, reporting and editing credits, copyright lines. Two wires carrying one story differ here
 * most, so it must not count against their similarity.
 */
final class WireFurniture {
  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\p{Lu}[\\p{Lu} .'’]{1,40}(,[^()\\n–—-]{1,30})?(\\s*\\([^)\\n]{1,30}\\))?\\s*[–—-]{1,2}\\s+");
  private static final Pattern CREDIT =
      Pattern.compile(
          "^\\(?\\s*(reporting|writing|editing|additional reporting|compiled)\\s+by\\b.*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern RIGHTS =
      Pattern.compile(
          "^(©|\\(c\\)|copyright\\s*(©|\\(c\\))?\\s*\\d{4}\\b).*|.*\\ball rights reserved\\b.*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BYLINE = Pattern.compile("^(?i:by)(\\s+\\p{Lu}\\S*){1,6}\\s*$");

  private WireFurniture() {}

  /** The text without furniture: lines that are only furniture go, a leading dateline goes. */
  static String strip(String text) {
    StringBuilder story = new StringBuilder(text.length());
    for (String line : text.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty()
          || CREDIT.matcher(trimmed).matches()
          || RIGHTS.matcher(trimmed).matches()
          || BYLINE.matcher(trimmed).matches()) {
        continue;
      }
      if (story.isEmpty()) {
        trimmed = DATELINE.matcher(trimmed).replaceFirst("");
      }
      story.append(trimmed).append('\n');
    }
    return story.toString();
  }
}
