package io.newsflow.enrich.entity;

import io.newsflow.enrich.text.Span;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the place of a wire dateline at the start of an article's body: "LIVERPOOL -", "NAIROBI
 * (Reuters) -", "WASHINGTON, May 3 (AP) —", "SÃO PAULO, Brazil, Jan. 9 (AFP) -". The place is
 * written in capitals and ends before a dash, optionally followed by a region in normal case, a
 * date and the agency in parentheses. The tagger, trained on sentences, often misses it or types it
 * by its case; a dateline's first words name a place by position alone.
 */
final class Datelines {
  /** A capitalised word of a place: "NEW", "ST.", "PORT-AU-PRINCE", "N'DJAMENA", "SÃO". */
  private static final String WORD = "\\p{Lu}(?:[\\p{Lu}'’.]|-(?=\\p{Lu}))*";

  private static final String MONTH =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

  private static final Pattern DATELINE =
      Pattern.compile(
          "(?<place>"
              + WORD
              + "(?: "
              + WORD
              + "){0,3})"
              // a region in normal case: "NAIROBI, Kenya", "SPRINGFIELD, Ill."
              + "(?:, (?!"
              + MONTH
              + " \\d)\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?)?"
              + "(?:,? "
              + MONTH
              + " \\d{1,2}(?:, \\d{4})?)?"
              // the agency: "(Reuters)", "(AP)", "(Dow Jones Newswires)"
              + "(?: ?\\(\\p{Lu}[\\p{L}\\p{N} .&/-]{0,40}\\))?"
              + "(?: ?(?:--|-)(?=\\s)| ?[–—](?=\\s|\\p{L}))");

  /** Capitalised openings that are labels, not places: "BREAKING -", "UPDATE -", "EXCLUSIVE —". */
  private static final Set<String> LABELS =
      Set.of(
          "BREAKING",
          "BREAKING NEWS",
          "UPDATE",
          "UPDATED",
          "URGENT",
          "FLASH",
          "EXCLUSIVE",
          "ANALYSIS",
          "CORRECTED",
          "CORRECTION",
          "REFILE",
          "WRAPUP",
          "FACTBOX",
          "EXPLAINER",
          "INSIGHT",
          "COMMENT",
          "OPINION",
          "EDITORIAL",
          "LIVE",
          "WATCH",
          "VIDEO",
          "PHOTOS",
          "NEWS",
          "ADVISORY",
          "EMBARGOED",
          "NOTE",
          "EDITORS",
          "EDS",
          "PRESS RELEASE");

  private Datelines() {}

  /**
   * The place of the dateline that opens {@code body}, as a span of {@code body}, if it has one.
   */
  static Optional<Span> place(String body) {
    if (body == null) {
      return Optional.empty();
    }
    int start = 0;
    while (start < body.length() && Character.isWhitespace(body.charAt(start))) {
      start++;
    }
    Matcher m = DATELINE.matcher(body);
    m.region(start, body.length());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    Span place = new Span(m.start("place"), m.end("place"));
    String name = place.of(body);
    if (name.codePoints().filter(Character::isLetter).count() < 2 || LABELS.contains(name)) {
      return Optional.empty();
    }
    return Optional.of(place);
  }
}
