package io.newsflow.enrich.entity;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A name right after a lower-case noun for a kind of organisation is that organisation: "grid
 * operator Statnett", "Swedish battery maker Northvolt", "Dutch lender Rabobank", "insurer Aegon".
 * News introduces an unfamiliar company this way, and the tagger, which has never seen the name,
 * types it by its look ("Statnett" reads like a surname). CoNLL-2003 train annotates 76 of the 77
 * names in this position as organisations (valid: 14 of 15, the other a "Saturday"). "carrier" is
 * left out: in news it is as often an aircraft carrier ("the carrier Carl Vinson", MISC).
 */
final class OrganisationNouns {
  private static final Set<String> NOUNS =
      Set.of(
          "company",
          "firm",
          "group",
          "operator",
          "lender",
          "bank",
          "insurer",
          "utility",
          "airline",
          "retailer",
          "broadcaster",
          "regulator",
          "miner",
          "producer",
          "developer",
          "supplier",
          "manufacturer",
          "giant",
          "startup",
          "start-up",
          "conglomerate",
          "brewer",
          "publisher",
          "distributor",
          "agency",
          "newspaper",
          "maker",
          "carmaker",
          "automaker",
          "chipmaker",
          "drugmaker",
          "planemaker",
          "steelmaker");

  /** Capitalised words that follow such a noun without naming it: "the company Tuesday said". */
  private static final Set<String> CALENDAR = calendarWords();

  /** A lower-case noun for a kind of organisation, singular or plural: "retailer", "lenders". */
  static boolean kind(String word) {
    return NOUNS.contains(word)
        || word.endsWith("s") && NOUNS.contains(word.substring(0, word.length() - 1));
  }

  void correct(String[] words, String[] tags) {
    for (int k = 0; k + 1 < words.length; k++) {
      int next = k + 1;
      if (!IobSpans.outside(tags[k])
          || !NOUNS.contains(words[k])
          || !IobSpans.nameLike(words[next])
          || CALENDAR.contains(words[next].toLowerCase(Locale.ROOT))
          || tags[next].startsWith("I-")) {
        continue;
      }
      int end = next + 1;
      if (tags[next].equals("B-PER") && IobSpans.end(tags, next) > next + 1) {
        continue;
      }
      if (IobSpans.outside(tags[next])) {
        while (end < words.length && IobSpans.outside(tags[end]) && IobSpans.nameLike(words[end])) {
          end++;
        }
      } else {
        end = IobSpans.end(tags, next);
      }
      IobSpans.retype(tags, next, end, "ORG");
    }
  }

  private static Set<String> calendarWords() {
    Set<String> words = new HashSet<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      words.add(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
      words.add(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT));
    }
    for (Month month : Month.values()) {
      words.add(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
      words.add(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(words);
  }
}
