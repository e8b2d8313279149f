package io.newsflow.enrich.entity.gazetteer;

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

  /** log2 of the bits of {@link #firstWords}. */
  private static final int FILTER_BITS = 18;

  private final Map<String, Candidates> byFirstWord = new HashMap<>();

  /**
   * One bit per hash code of a word that starts some name: most words of a text start none, and
   * this 32 KB filter, which stays in the CPU cache, answers most of them without the map.
   */
  private final long[] firstWords = new long[1 << (FILTER_BITS - 6)];

  /**
   * A name: its list, its words (lower case, curly apostrophes straightened), its labels by place.
   */
  private record Entry(String list, String[] words, String[] labels) {
    String label(int j, int start) {
      int len = words.length;
      return labels[len == 1 ? 3 : j == start ? 0 : j == start + len - 1 ? 2 : 1];
    }
  }

  /**
   * The names starting with one word: {@code [from, to)} in the gazetteer's candidate arrays, by
   * list and longest first (the first match of a list is its longest). One small object a first
   * word instead of five: there are a hundred thousand of them, and the collector copies them all
   * at start-up.
   */
  private record Candidates(int from, int to) implements Starts {}

  /**
   * Every name, grouped by first word, with what {@link #annotate} tests of each in arrays of their
   * own, so that the names that do not match cost no visit to their entries: the list's number, the
   * name's length and the hash code of its second word (0 for one-word names).
   */
  private final Entry[] entries;

  private final int[] listOf;
  private final int[] lengthOf;
  private final int[] secondHashOf;

  /**
   * Whether candidate k matches the words from {@code start} (whose first word is the candidate's).
   */
  private boolean matches(int k, String[] words, int start) {
    int len = lengthOf[k];
    if (start + len > words.length || len > 1 && words[start + 1].hashCode() != secondHashOf[k]) {
      return false;
    }
    String[] name = entries[k].words();
    for (int j = 1; j < len; j++) {
      if (!words[start + j].equals(name[j])) {
        return false;
      }
    }
    return true;
  }

  public NameGazetteer(Map<String, List<String>> lists) {
    Map<String, List<Entry>> grouped = new HashMap<>();
    Map<String, Integer> listNumbers = new HashMap<>();
    lists.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              listNumbers.put(e.getKey(), listNumbers.size());
              String[] labels = {
                e.getKey() + ":B", e.getKey() + ":I", e.getKey() + ":L", e.getKey() + ":U"
              };
              e.getValue().forEach(name -> add(grouped, e.getKey(), labels, name));
            });
    int total = grouped.values().stream().mapToInt(List::size).sum();
    entries = new Entry[total];
    listOf = new int[total];
    lengthOf = new int[total];
    secondHashOf = new int[total];
    int next = 0;
    for (Map.Entry<String, List<Entry>> first : grouped.entrySet()) {
      List<Entry> candidates = first.getValue();
      candidates.sort(
          java.util.Comparator.comparing(Entry::list).thenComparing(e -> -e.words().length));
      int from = next;
      for (Entry e : candidates) {
        entries[next] = e;
        listOf[next] = listNumbers.get(e.list());
        lengthOf[next] = e.words().length;
        secondHashOf[next] = e.words().length > 1 ? e.words()[1].hashCode() : 0;
        next++;
      }
      byFirstWord.put(first.getKey(), new Candidates(from, next));
      int bit = filterBit(first.getKey().hashCode());
      firstWords[bit >>> 6] |= 1L << bit;
    }
  }

  private static int filterBit(int hash) {
    return (hash * 0x9E3779B9) >>> (32 - FILTER_BITS);
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

  private static void add(
      Map<String, List<Entry>> entries, String list, String[] labels, String name) {
    List<String> words = lettersAndSpaces(name) ? spaceSeparated(name) : tokenized(name);
    if (words.isEmpty() || words.size() > MAX_NAME_WORDS) {
      return;
    }
    String[] lower = new String[words.size()];
    for (int i = 0; i < lower.length; i++) {
      lower[i] = words.get(i).toLowerCase(Locale.ROOT);
    }
    entries.computeIfAbsent(lower[0], k -> new ArrayList<>()).add(new Entry(list, lower, labels));
  }

  /**
   * Whether the name is ASCII letters and spaces only, as most are: the tokenizer would then only
   * split it at its spaces, and the lists' hundred thousand names load faster without it.
   */
  static boolean lettersAndSpaces(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != ' ' && (c < 'A' || c > 'z' || c > 'Z' && c < 'a')) {
        return false;
      }
    }
    return true;
  }

  static List<String> spaceSeparated(String name) {
    List<String> words = new ArrayList<>(4);
    int start = 0;
    for (int i = 0; i <= name.length(); i++) {
      if (i == name.length() || name.charAt(i) == ' ') {
        if (i > start) {
          words.add(name.substring(start, i));
        }
        start = i + 1;
      }
    }
    return words;
  }

  private static List<String> tokenized(String name) {
    // Curly apostrophes straightened, as the tagger's words are ("Xi’an" is filed as "xi'an").
    // Digits are not folded as the tagger folds them ("04" to "00"), so names with digits
    // ("Schalke 04") never match the tagger's words: folding them cost 0.22 valid F1 over four
    // training seeds, since "G8" then matches "G7" and "G20" as well.
    return Tokenizer.tokenize(name).stream().map(t -> t.text().replace('’', '\'')).toList();
  }

  @Override
  public String[] annotate(String[] lowerWords) {
    Starts[] starts = new Starts[lowerWords.length];
    for (int i = 0; i < lowerWords.length; i++) {
      starts[i] = startsOf(lowerWords[i]);
    }
    return annotate(lowerWords, starts);
  }

  @Override
  public Starts startsOf(String lowerWord) {
    int bit = filterBit(lowerWord.hashCode());
    return (firstWords[bit >>> 6] & (1L << bit)) == 0 ? null : byFirstWord.get(lowerWord);
  }

  @Override
  public String[] annotate(String[] lowerWords, Starts[] starts) {
    String[] out = new String[lowerWords.length];
    for (int i = 0; i < lowerWords.length; i++) {
      Candidates candidates = (Candidates) starts[i];
      if (candidates == null) {
        continue;
      }
      int matchedList = -1;
      for (int k = candidates.from(); k < candidates.to(); k++) {
        if (listOf[k] == matchedList || !matches(k, lowerWords, i)) {
          continue;
        }
        matchedList = listOf[k];
        Entry e = entries[k];
        for (int j = i; j < i + e.words().length; j++) {
          String label = e.label(j, i);
          out[j] = out[j] == null ? label : out[j].contains(label) ? out[j] : out[j] + " " + label;
        }
      }
    }
    return out;
  }
}
