package io.newsflow.enrich.dedup;

import io.newsflow.common.article.ArticleIds;
import java.text.Normalizer;
import java.util.Locale;

/**
 * What makes two articles the same story for a subscriber: the same words in the same order,
 * whatever the case, punctuation, spacing or id. Wire services re-send a story under a new id, and
 * two feeds carry the same agency copy; both fingerprint alike.
 */
public final class ContentFingerprint {
  private ContentFingerprint() {}

  /** The fingerprint of a cleaned headline and body. */
  public static String of(String headline, String body) {
    return ArticleIds.contentId(normalise(headline), normalise(body));
  }

  static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder words = new StringBuilder(folded.length());
    boolean space = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && words.length() > 0) {
          words.append(' ');
        }
        words.append(c);
        space = false;
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        space = true;
      }
    }
    return words.toString();
  }
}
