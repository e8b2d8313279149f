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

  /** A name: its list, its words (lower case, curly apostrophes straightened), its labels by place. */
  private record Entry(String list, String[] words, String[] labels) {
    String label(int j, int start) {
      int len = words.length;
      return labels[len == 1 ? 3 : j == start ? 0 : j == start + len - 1 ? 2 : 1];
    }
  }

  public NameGazetteer(Map<String, List<String>> lists) {
    lists.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> {
          String[] labels = {e.getKey() + ":B", e.getKey() + ":I", e.getKey() + ":L", e.getKey() + ":U"};
          e.getValue().forEach(name -> add(e.getKey(), labels, name));
        });
    // by list, longest first: the first match of a list is its longest
    byFirstWord.values().forEach(candidates -> candidates.sort(
        java.util.Comparator.comparing(Entry::list).thenComparing(e -> -e.words().length)));
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

  private void add(String list, String[] labels, String name) {
    List<Token> tokens = Tokenizer.tokenize(name);
    if (tokens.isEmpty() || tokens.size() > MAX_NAME_WORDS) {
      return;
    }
    String[] words = tokens.stream().map(t -> t.text().toLowerCase(Locale.ROOT)).toArray(String[]::new);
    String[] straight = new String[words.length];
    for (int k = 0; k < words.length; k++) {
      straight[k] = words[k].replace('’', '\'');
    }
    byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry(list, straight, labels));
  }

  @Override
  public String[] annotate(String[] lowerWords) {
    String[] out = new String[lowerWords.length];
    for (int i = 0; i < lowerWords.length; i++) {
      List<Entry> candidates = byFirstWord.get(lowerWords[i]);
      if (candidates == null) {
        continue;
      }
      String matchedList = null;
      for (Entry e : candidates) {
        if (e.list().equals(matchedList) || !matches(lowerWords, i, e.words())) {
          continue;
        }
        matchedList = e.list();
        for (int j = i; j < i + e.words().length; j++) {
          String label = e.label(j, i);
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
