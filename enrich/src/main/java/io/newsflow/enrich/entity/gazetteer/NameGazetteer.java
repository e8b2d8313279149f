package io.newsflow.enrich.entity.gazetteer;

import io.newsflow.enrich.entity.tagger.Gazetteer;
import io.newsflow.enrich.text.Token;
import io.newsflow.enrich.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Longest-match lookup of multi-word names from named lists ("country", "demonym", "capital"),
 * giving each covered word its list and place in the name (B, I, L or U). Immutable.
 */
public final class NameGazetteer implements Gazetteer {
  private static final int MAX_NAME_WORDS = 8;
  private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

  /** A name of a list, its words lower-cased with typographic apostrophes folded. */
  private record Entry(String list, String[] words) {}

  public NameGazetteer(Map<String, List<String>> lists) {
    lists.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> e.getValue().forEach(name -> add(e.getKey(), name)));
  }

  /** The lists derived from the bundled countries, cities and first names. */
  public static NameGazetteer load() {
    Map<String, List<String>> lists = lists(Countries.load());
    List<String> cities = new ArrayList<>();
    for (Cities.City c : Cities.load().all()) {
      cities.add(c.name());
      if (!c.otherName().isBlank()) {
        cities.add(c.otherName());
      }
    }
    lists.put("city", cities);
    lists.put("firstname", FirstNames.load());
    return new NameGazetteer(lists);
  }

  public static NameGazetteer fromCountries(Countries countries) {
    return new NameGazetteer(lists(countries));
  }

  private static Map<String, List<String>> lists(Countries countries) {
    Map<String, List<String>> lists = new HashMap<>();
    for (Countries.Country c : countries.all()) {
      lists.computeIfAbsent("country", k -> new ArrayList<>()).addAll(c.names());
      if (!c.demonym().isBlank()) {
        lists.computeIfAbsent("demonym", k -> new ArrayList<>()).add(c.demonym());
        lists.get("demonym").add(c.demonym() + "s");
      }
      lists.computeIfAbsent("capital", k -> new ArrayList<>()).addAll(c.capitals());
    }
    return lists;
  }

  private void add(String list, String name) {
    List<Token> tokens = Tokenizer.tokenize(name);
    if (tokens.isEmpty() || tokens.size() > MAX_NAME_WORDS) {
      return;
    }
    String[] words = tokens.stream().map(t -> t.text().toLowerCase(Locale.ROOT)).toArray(String[]::new);
    // matched against normalised words (typographic apostrophes folded): folded once here
    String[] folded = java.util.Arrays.stream(words).map(w -> w.replace('’', '\'')).toArray(String[]::new);
    byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry(list, folded));
  }

  @Override
  public String[] annotate(String[] lowerWords) {
    String[] out = new String[lowerWords.length];
    for (int i = 0; i < lowerWords.length; i++) {
      List<Entry> candidates = byFirstWord.get(lowerWords[i]);
      if (candidates == null) {
        continue;
      }
      Map<String, Integer> longest = null; // by list name, in order; most words match nothing
      for (Entry e : candidates) {
        if (matches(lowerWords, i, e.words())) {
          if (longest == null) {
            longest = new java.util.TreeMap<>();
          }
          longest.merge(e.list(), e.words().length, Math::max);
        }
      }
      if (longest == null) {
        continue;
      }
      for (Map.Entry<String, Integer> m : longest.entrySet()) {
        int len = m.getValue();
        for (int j = i; j < i + len; j++) {
          String place = len == 1 ? "U" : j == i ? "B" : j == i + len - 1 ? "L" : "I";
          String label = m.getKey() + ":" + place;
          out[j] = out[j] == null ? label : out[j].contains(label) ? out[j] : out[j] + " " + label;
        }
      }
    }
    return out;
  }

  private static boolean matches(String[] words, int start, String[] name) {
    if (start + name.length > words.length) {
      return false;
    }
    for (int k = 0; k < name.length; k++) {
      if (!words[start + k].equals(name[k])) {
        return false;
      }
    }
    return true;
  }
}
