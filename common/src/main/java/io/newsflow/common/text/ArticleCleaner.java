package io.newsflow.common.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes article text uniform and strips the site furniture that scrapers and feeds leave in it
 * (cookie banners, "Read more", share prompts, newsletter footers, "Advertisement").
 *
 * <p>Normal form: Unicode NFC, no control or zero-width characters, every run of spaces and tabs
 * one space, lines trimmed, paragraphs separated by exactly one blank line ({@code "\n\n"}), no
 * leading or trailing whitespace. Single line breaks inside a paragraph are kept: in wire copy they
 * can carry meaning (datelines, lists).
 *
 * <p>Furniture is removed conservatively: a whole paragraph only when all of it is furniture
 * ({@link Furniture}), and a trailing part of a paragraph only when it starts at a sentence
 * boundary and all of it is furniture. Prose that merely mentions cookies or newsletters stays.
 * Cleaning is idempotent: {@code clean(clean(x)).equals(clean(x))}.
 *
 * <p>Pure text, no HTML: markup is reduced to paragraphs before it gets here. Instances hold no
 * state and are safe to share.
 */
public final class ArticleCleaner {
  /** More trailing furniture pieces than this in one paragraph is not what a page leaves behind. */
  static final int MAX_TRAILING_PIECES = 32;

  private final Furniture furniture;

  public ArticleCleaner() {
    this(new Furniture());
  }

  ArticleCleaner(Furniture furniture) {
    this.furniture = furniture;
  }

  /** Normalizes {@code body} and removes furniture paragraphs and trailing furniture sentences. */
  public String cleanBody(String body) {
    if (body == null) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String paragraph : paragraphs(normalize(body))) {
      String cleaned = stripTrailingFurniture(paragraph);
      if (!cleaned.isEmpty()) {
        kept.add(cleaned);
      }
    }
    return String.join("\n\n", kept);
  }

  /** A headline is one line: normalized, every whitespace run (line breaks too) one space. */
  public String cleanHeadline(String headline) {
    if (headline == null) {
      return "";
    }
    return normalize(headline).replace("\n\n", " ").replace('\n', ' ');
  }

  /**
   * Normalization alone, no furniture removal: NFC, control and zero-width characters removed,
   * spaces collapsed within lines, paragraphs separated by {@code "\n\n"}, trimmed.
   */
  public static String normalize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    // Control characters go before NFC, so removing them cannot leave an uncomposed pair behind.
    String composed = Normalizer.normalize(withoutControls(text), Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(composed.length());
    int pendingNewlines = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < composed.length(); i++) {
      char c = composed.charAt(i);
      if (c == '\n') {
        pendingNewlines++;
        pendingSpace = false; // trailing spaces of a line are dropped
      } else if (c == ' ') {
        pendingSpace = true;
      } else {
        if (out.length() > 0) {
          if (pendingNewlines > 0) {
            out.append(pendingNewlines == 1 ? "\n" : "\n\n");
          } else if (pendingSpace) {
            out.append(' ');
          }
        }
        pendingNewlines = 0;
        pendingSpace = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Line ends to {@code \n}, every kind of space to ' ', other control and format characters gone.
   */
  private static String withoutControls(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        out.append('\n');
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '\n' || c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028') {
        out.append('\n');
      } else if (c == '\u2029') {
        out.append("\n\n");
      } else if (c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR) {
        out.append(' ');
      } else if (Character.isISOControl(c) || isInvisible(c)) {
        // dropped: NUL, BEL, DEL, C1 controls, byte-order marks, zero-width spaces
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Zero-width characters that carry nothing in prose. Joiners (U+200C, U+200D) stay: emoji and
   * several scripts need them.
   */
  private static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\uFEFF' || c == '\u2060' || c == '\u00AD' || c == '\u180E';
  }

  private static List<String> paragraphs(String normalized) {
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : normalized.split("\n\n")) {
      if (!paragraph.isEmpty()) {
        paragraphs.add(paragraph);
      }
    }
    return paragraphs;
  }

  /**
   * Drops the paragraph if it is furniture; else cuts furniture that starts at a sentence boundary
   * and runs to its end, repeatedly ("... capsized. Share this article. Read more").
   */
  private String stripTrailingFurniture(String paragraph) {
    String current = paragraph;
    for (int cuts = 0; cuts <= MAX_TRAILING_PIECES; cuts++) {
      if (furniture.isFurniture(current)) {
        return "";
      }
      int cut = furnitureSuffixStart(current);
      if (cut < 0) {
        return current;
      }
      current = current.substring(0, cut).stripTrailing();
    }
    // Each cut costs a scan of the paragraph's end, so "Share this. " a hundred thousand times
    // would take minutes. No page leaves that many; such a paragraph is kept whole, which also
    // keeps cleaning idempotent (the same paragraph makes the same decision again).
    return paragraph;
  }

  /**
   * The earliest sentence start whose suffix is entirely furniture, or -1. Only the last {@link
   * Furniture#MAX_LENGTH} characters can be furniture, so a long paragraph costs no more.
   */
  private int furnitureSuffixStart(String paragraph) {
    for (int i = Math.max(1, paragraph.length() - Furniture.MAX_LENGTH);
        i < paragraph.length();
        i++) {
      if (isSentenceStart(paragraph, i) && furniture.isFurniture(paragraph.substring(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A sentence starts after a line break, or after end punctuation (and closing quotes) and a
   * space.
   */
  private static boolean isSentenceStart(String text, int i) {
    char before = text.charAt(i - 1);
    if (before == '\n') {
      return true;
    }
    if (before != ' ' || i < 2) {
      return false;
    }
    int j = i - 2;
    while (j > 0 && "\"'”’»)]".indexOf(text.charAt(j)) >= 0) {
      j--;
    }
    return ".!?…".indexOf(text.charAt(j)) >= 0;
  }
}
