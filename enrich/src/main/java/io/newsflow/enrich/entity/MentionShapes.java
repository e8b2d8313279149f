package io.newsflow.enrich.entity;

import io.newsflow.common.article.EntityType;
import io.newsflow.enrich.entity.gazetteer.Countries;
import io.newsflow.enrich.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Corrects the extent of a tagged span where news prose and the CoNLL-2003 annotation the tagger
 * learned from disagree about what an editor lists as an entity:
 *
 * <ul>
 *   <li>a title in front of a person ("Mayor Anna Kowalski") is not part of the name;
 *   <li>a hyphenated pair of countries ("Russia-Ukraine tensions", "US-China talks") names each
 *       country, not one thing called "Russia-Ukraine";
 *   <li>a country with a portfolio before a minister's title ("US Defense Secretary Lloyd Austin",
 *       "French Finance Minister") is the country: the rest is a job title, not an organisation.
 * </ul>
 *
 * Each span comes back as the mentions it really holds, with character offsets into the text.
 */
final class MentionShapes {
  /** A mention's characters {@code [start, end)}, its type and how many words it has. */
  record Shape(int start, int end, EntityType type, int words) {}

  private static final Set<String> PERSON_TITLES =
      Set.of(
          "mr",
          "mrs",
          "ms",
          "dr",
          "prof",
          "mayor",
          "president",
          "secretary",
          "minister",
          "chancellor",
          "senator",
          "sen",
          "gov",
          "governor",
          "gen",
          "general",
          "coach",
          "judge",
          "king",
          "queen",
          "prince",
          "princess",
          "pope",
          "sir",
          "rep",
          "premier",
          "prime",
          "defense",
          "defence");

  /** Titles that follow a portfolio: "Foreign Minister", "Defense Secretary". */
  private static final Set<String> MINISTERS =
      Set.of("secretary", "minister", "ministers", "secretaries");

  /** What a minister can be minister of, as the word in front of the title. */
  private static final Set<String> PORTFOLIOS =
      Set.of(
          "defense",
          "defence",
          "foreign",
          "finance",
          "health",
          "interior",
          "home",
          "trade",
          "economy",
          "economic",
          "energy",
          "treasury",
          "justice",
          "education",
          "transport",
          "agriculture",
          "environment",
          "labor",
          "labour",
          "commerce",
          "culture",
          "security");

  private final Countries countries;

  MentionShapes(Countries countries) {
    this.countries = countries;
  }

  /** The mentions inside the tagged token span {@code [start, end)} of a sentence's tokens. */
  List<Shape> shape(List<Token> tokens, int start, int end, EntityType type) {
    if (type == EntityType.PERSON) {
      start = skipTitles(tokens, start, end);
    } else if (end - start == 1 && isCountryPair(tokens.get(start))) {
      List<Shape> out = new ArrayList<>();
      for (Token part : splitAtHyphens(tokens.get(start))) {
        out.add(new Shape(part.start(), part.end(), EntityType.LOCATION, 1));
      }
      return out;
    } else if (type == EntityType.ORGANIZATION && isCountryPortfolio(tokens, start, end)) {
      end = start + 1;
      type = EntityType.LOCATION;
    }
    return List.of(
        new Shape(tokens.get(start).start(), tokens.get(end - 1).end(), type, end - start));
  }

  /** "Russia-Ukraine", "US-China": every part of the hyphenated word is a country. */
  private boolean isCountryPair(Token token) {
    List<Token> parts = splitAtHyphens(token);
    return parts.size() > 1 && parts.stream().allMatch(p -> countries.byName(p.text()).isPresent());
  }

  /** The parts of a hyphenated token, with exact offsets. */
  static List<Token> splitAtHyphens(Token token) {
    List<Token> out = new ArrayList<>();
    String text = token.text();
    int from = 0;
    while (true) {
      int dash = text.indexOf('-', from);
      int to = dash < 0 ? text.length() : dash;
      out.add(new Token(text.substring(from, to), token.start() + from, token.start() + to));
      if (dash < 0) {
        return out;
      }
      from = dash + 1;
    }
  }

  /**
   * "US Defense" followed by "Secretary": a country, then only portfolio words, then a minister.
   */
  private boolean isCountryPortfolio(List<Token> tokens, int start, int end) {
    if (end >= tokens.size()
        || end - start < 2
        || !MINISTERS.contains(lower(tokens.get(end)))
        || countries.byName(tokens.get(start).text()).isEmpty()) {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      if (!PORTFOLIOS.contains(lower(tokens.get(i)))) {
        return false;
      }
    }
    return true;
  }

  /** "Mayor Anna Kowalski" names Anna Kowalski: titles the tagger pulled in are left out. */
  private static int skipTitles(List<Token> tokens, int start, int end) {
    while (start < end - 1 && PERSON_TITLES.contains(lower(tokens.get(start)).replace(".", ""))) {
      start++;
    }
    return start;
  }

  private static String lower(Token token) {
    return token.text().toLowerCase(Locale.ROOT);
  }
}
