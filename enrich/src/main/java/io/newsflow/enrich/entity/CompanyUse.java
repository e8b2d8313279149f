package io.newsflow.enrich.entity;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the words around a name say of its use: as a company ("Amazon said", "shares of Amazon",
 * "Amazon's chief executive", "at Spotify", "Microsoft and Meta", "Zalando, Europe's largest
 * retailer,") or as a place ("the Amazon", "in the Amazon basin", "Amazon rainforest"). Read only
 * for names that a list knows as companies: the same words after a person or a country say nothing
 * of the kind ("Fox said", "Jordan's").
 */
final class CompanyUse {
  /** A company's statements, deals, results, securities and people, right after its name. */
  private static final Set<String> AFTER =
      Set.of(
          "said",
          "says",
          "reported",
          "reports",
          "posted",
          "announced",
          "announces",
          "agreed",
          "agrees",
          "plans",
          "planned",
          "unveiled",
          "unveils",
          "launched",
          "launches",
          "sold",
          "sells",
          "bought",
          "buys",
          "raised",
          "raises",
          "hired",
          "will",
          "shares",
          "stock",
          "stake",
          "shareholders",
          "investors",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "executives",
          "inc",
          "inc.",
          "corp",
          "corp.",
          "ltd",
          "plc",
          "'s");

  /**
   * A noun and a preposition that a company's name follows: "shares of Amazon", "a stake in
   * Zalando", "an agreement with Amazon".
   */
  private static final Map<String, Set<String>> NOUNS_BEFORE_PREPOSITION =
      Map.of(
          "of",
          Set.of("shares", "stock", "owner", "parent", "unit", "chief", "founder"),
          "in",
          Set.of("shares", "stake"),
          "with",
          Set.of("agreement", "deal", "partnership", "contract", "venture", "merger", "alliance"));

  /** A company's relation to another, before its name: "rival Spotify", "its customer, Scania". */
  private static final Set<String> RELATIONS =
      Set.of("rival", "rivals", "customer", "client", "supplier", "partner", "competitor");

  /** Before a place's name, never a company's: "the Amazon", "in Meta" (the Colombian region). */
  private static final Set<String> BEFORE_PLACE =
      Set.of("the", "in", "into", "across", "near", "through");

  /** Places named with a noun GeographicNouns does not read as one. */
  private static final Set<String> MORE_PLACE_NOUNS = Set.of("rainforest", "forest", "jungle");

  /**
   * How far after a name an apposition's head noun is looked for: "Zalando, Europe's ... retailer".
   */
  private static final int APPOSITION_WORDS = 7;

  private CompanyUse() {}

  /** Whether the words around the name at {@code [start, end)} say it is a company. */
  static boolean asCompany(String[] words, String[] tags, int start, int end) {
    String before = lower(words, start - 1);
    String after = lower(words, end);
    if (AFTER.contains(after) || before.equals("at") || RELATIONS.contains(before)) {
      return true;
    }
    if (afterNounAndPreposition(words, start)
        || before.equals(",") && RELATIONS.contains(lower(words, start - 2))) {
      return true;
    }
    return coordinatedWithOrganisation(words, tags, start, end) || inApposition(words, end);
  }

  /** Whether the words around the name at {@code [start, end)} say it is a place. */
  static boolean asPlace(String[] words, int start, int end) {
    String after = lower(words, end);
    return BEFORE_PLACE.contains(lower(words, start - 1)) && !afterNounAndPreposition(words, start)
        || GeographicNouns.geographic(after)
        || MORE_PLACE_NOUNS.contains(after);
  }

  /** "shares of Amazon", "a stake in Zalando": not the "in" of a place. */
  private static boolean afterNounAndPreposition(String[] words, int start) {
    return NOUNS_BEFORE_PREPOSITION
        .getOrDefault(lower(words, start - 1), Set.of())
        .contains(lower(words, start - 2));
  }

  /** "Microsoft and Meta", "Meta or Alphabet": a name joined to an organisation is one too. */
  private static boolean coordinatedWithOrganisation(
      String[] words, String[] tags, int start, int end) {
    boolean orgBefore =
        start >= 2 && joining(words[start - 1]) && IobSpans.type(tags[start - 2]).equals("ORG");
    boolean orgAfter =
        end + 1 < words.length && joining(words[end]) && tags[end + 1].equals("B-ORG");
    return orgBefore || orgAfter;
  }

  private static boolean joining(String word) {
    return word.equals("and") || word.equals("or") || word.equals(",");
  }

  /**
   * "Zalando, Europe's largest online fashion retailer,": a name followed by a phrase, set off by
   * commas, whose last word is a noun for a kind of organisation.
   */
  private static boolean inApposition(String[] words, int end) {
    if (!lower(words, end).equals(",")) {
      return false;
    }
    for (int k = end + 1; k < words.length && k <= end + APPOSITION_WORDS; k++) {
      if (words[k].equals(",") || words[k].equals(".")) {
        return k > end + 1 && OrganisationNouns.kind(words[k - 1]);
      }
    }
    return false;
  }

  /** The word at {@code k} in lower case, "" outside the sentence. */
  private static String lower(String[] words, int k) {
    return k >= 0 && k < words.length ? words[k].toLowerCase(Locale.ROOT) : "";
  }
}
