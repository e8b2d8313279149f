package io.newsflow.enrich.entity;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A brand or company of the lists is an organisation where it is used as one.
 *
 * <ul>
 *   <li>A run of capitalised words the tagger left untagged that is exactly a brand of {@code
 *       names-companies.tsv} (npm simple-icons, common English words left out): mostly one word
 *       opening a sentence ("Apple won an appeal", "Shopify reported"), where capitals say nothing
 *       and the tagger, which learned from 1996 news, leaves a name it does not know.
 *   <li>Such a brand, or an organisation of the tagger's own lists ("Amazon", which simple-icons
 *       lacks; these lists also hold common words like "Six", so they are trusted only for names
 *       the tagger found), that the tagger typed as a person or a place, unless the words around it
 *       say place ({@link CompanyUse}: "the Amazon", "Amazon rainforest"). The tagger reads an
 *       unknown "Spotify" by its look, as a surname. When a list also knows the name as a place
 *       (Amazon the river, Meta the Colombian region), only where the words around it say company:
 *       "Amazon said", "at Spotify", "Microsoft and Meta".
 *   <li>Then the name's other mentions in the document, unless the words around them say place:
 *       news names a company once with its context and then bare ("a deal with Amazon").
 * </ul>
 *
 * A name a list surely knows as what the tagger called it keeps the tagger's type, whatever the
 * words around it: people's names ("Fox said", "Michael Dell ... Dell said"), countries and
 * capitals ("Jordan said", "Rome's", "Emirates" for the country). Names the tagger typed MISC stay:
 * the lists hold products and words of other kinds too ("Norwegian", the airline, is the
 * nationality).
 */
final class CompanyNames {
  /** The longest name looked up, in words. */
  private static final int LONGEST = 4;

  private final Set<String> brands;
  private final Set<String> names;
  private final Map<String, Set<String>> keptAs;
  private final Map<String, Set<String>> alsoAs;

  /**
   * {@code brands}: trusted where untagged; {@code names}: where the context says company, a
   * superset of {@code brands}; both in lower case, words separated by one space. {@code keptAs}:
   * by the tagger's type ("PER", "LOC"), the lower-case names that are surely of that type; the
   * types not in it are not changed. {@code alsoAs}: by type, the names that may be of it, which
   * become companies only where the words around them say so.
   */
  CompanyNames(
      Set<String> brands,
      Set<String> names,
      Map<String, Set<String>> keptAs,
      Map<String, Set<String>> alsoAs) {
    this.brands = brands;
    this.names = names;
    this.keptAs = keptAs;
    this.alsoAs = alsoAs;
  }

  /** Corrects the tags of one document's sentences in place. */
  void correct(List<String[]> sentences, String[][] tags) {
    Set<String> people = wordsOfLongerPersonNames(sentences, tags);
    Set<String> companies = new HashSet<>();
    for (int s = 0; s < tags.length; s++) {
      tagUntagged(sentences.get(s), tags[s], companies);
      retypeUsedAsCompany(sentences.get(s), tags[s], people, companies, false);
    }
    for (int s = 0; s < tags.length; s++) {
      retypeUsedAsCompany(sentences.get(s), tags[s], people, companies, true);
    }
  }

  private void tagUntagged(String[] words, String[] tags, Set<String> companies) {
    int start = 0;
    while (start < words.length) {
      if (!IobSpans.outside(tags[start]) || !mixedCase(words[start])) {
        start++;
        continue;
      }
      int end = start + 1;
      while (end < words.length && IobSpans.outside(tags[end]) && mixedCase(words[end])) {
        end++;
      }
      String name = name(words, start, end);
      if (brands.contains(name)) {
        IobSpans.retype(tags, start, end, "ORG");
        companies.add(name);
      }
      start = end;
    }
  }

  /**
   * Retypes the names typed as people or places: where their words say company, or, with {@code
   * known}, where the name is among {@code companies} and its words do not say place. Adds the
   * retyped names, and the names the tagger itself called organisations, to {@code companies}.
   */
  private void retypeUsedAsCompany(
      String[] words, String[] tags, Set<String> people, Set<String> companies, boolean known) {
    for (int start = 0; start < tags.length; start = IobSpans.end(tags, start)) {
      if (IobSpans.outside(tags[start])) {
        continue;
      }
      int end = IobSpans.end(tags, start);
      String type = IobSpans.type(tags[start]);
      String name = name(words, start, end);
      if (!names.contains(name)) {
        continue;
      }
      if (type.equals("ORG")) {
        companies.add(name);
      } else if (mayBeCompany(type, name, people)
          && !CompanyUse.asPlace(words, start, end)
          && (known ? companies.contains(name) : companyHere(words, tags, start, end, name))) {
        IobSpans.retype(tags, start, end, "ORG");
        companies.add(name);
      }
    }
  }

  /**
   * Whether a name the tagger typed {@code type} may be a company: the type is one to correct and
   * neither a list nor a longer person name of the document ({@code people}) says it is surely of
   * that type.
   */
  private boolean mayBeCompany(String type, String name, Set<String> people) {
    Set<String> surely = keptAs.get(type);
    return surely != null
        && !surely.contains(name)
        && !(type.equals("PER") && people.contains(name));
  }

  /**
   * Whether the name at {@code [start, end)} is a company here: by itself when no list knows it as
   * what the tagger called it, else only where its words say so.
   */
  private boolean companyHere(String[] words, String[] tags, int start, int end, String name) {
    return !alsoAs.getOrDefault(IobSpans.type(tags[start]), Set.of()).contains(name)
        || CompanyUse.asCompany(words, tags, start, end);
  }

  /** "Michael Dell": the words of the document's person names of more than one word. */
  private static Set<String> wordsOfLongerPersonNames(List<String[]> sentences, String[][] tags) {
    Set<String> words = new HashSet<>();
    for (int s = 0; s < tags.length; s++) {
      for (int k = 0; k < tags[s].length; k++) {
        if (k > 0 && tags[s][k].equals("I-PER")) {
          words.add(sentences.get(s)[k].toLowerCase(Locale.ROOT));
          words.add(sentences.get(s)[k - 1].toLowerCase(Locale.ROOT));
        }
      }
    }
    return words;
  }

  /**
   * The words {@code [start, end)} in lower case, when they can be a name of the lists; "" when
   * not.
   */
  private static String name(String[] words, int start, int end) {
    if (end - start > LONGEST) {
      return "";
    }
    for (int k = start; k < end; k++) {
      if (!mixedCase(words[k])) {
        return "";
      }
    }
    return String.join(" ", Arrays.copyOfRange(words, start, end)).toLowerCase(Locale.ROOT);
  }

  /**
   * "Apple", "eBay", "OpenAI": a capital and a lower-case letter. A word all in capitals is left
   * out: headlines in capitals say nothing by their case.
   */
  private static boolean mixedCase(String word) {
    // asked of every untagged word of every article: a loop, not two streams a word
    boolean upper = false;
    boolean lower = false;
    for (int i = 0; i < word.length() && !(upper && lower); ) {
      int c = word.codePointAt(i);
      upper |= Character.isUpperCase(c);
      lower |= Character.isLowerCase(c);
      i += Character.charCount(c);
    }
    return upper && lower;
  }
}
