package io.newsflow.enrich.entity.gazetteer;

import io.newsflow.enrich.text.Token;
import io.newsflow.enrich.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Longest-match lookup of multi-word names from named lists ("country", "demonym", "capital"),
 * giving each covered word its list and place in the name (B, I, L or U). Immutable.
 *
 * <p>The names live in flat arrays, not in an object each: the bundled lists hold 120,000 names,
 * and as objects (an entry, its word array and a string per word) they took 0.4 s to build and were
 * copied by every young collection at start-up. Every word of every name is a region of one string,
 * {@link #words}; a name is its list, its length and the index of its first word's region.
 */
public final class NameGazetteer implements Gazetteer {
  private static final int MAX_NAME_WORDS = 8;

  /** log2 of the bits of {@link #firstWords}. */
  private static final int FILTER_BITS = 18;

  /** The sort key's widths (see {@link #NameGazetteer}): group, list, 8 - length, name. */
  private static final int NAME_BITS = 22;

  private static final int LENGTH_BITS = 4;
  private static final int LIST_BITS = 8;

  /**
   * One bit per hash code of a word that starts some name: most words of a text start none, and
   * this 32 KB filter, which stays in the CPU cache, answers most of them without the table.
   */
  private final long[] firstWords = new long[1 << (FILTER_BITS - 6)];

  /**
   * Every word of every name, lower case with curly apostrophes straightened, one after another.
   */
  private final String words;

  /** Word w is {@code words[wordFrom[w], wordFrom[w + 1])}; a name's words are consecutive. */
  private final int[] wordFrom;

  /**
   * The names, grouped by first word and within a group by list and longest first (the first match
   * of a list is its longest): each name's list number, length, first word and the hash code of its
   * second word (0 for one-word names), which rules out most candidates without a comparison.
   */
  private final int[] listOf;

  private final int[] lengthOf;
  private final int[] firstWordOf;
  private final int[] secondHashOf;

  /**
   * Group g (the names with one first word) is the names {@code [groupFrom[g], groupFrom[g + 1])}.
   */
  private final int[] groupFrom;

  /** Open addressing by the first word's hash code: group + 1, or 0 for an empty slot. */
  private final int[] groupSlots;

  /** By list number, the labels of a word by its place in a name: B, I, L and U. */
  private final String[][] labels;

  /** The names that start with one word: {@code [from, to)} in the name arrays. */
  private record Candidates(int from, int to) implements Starts {}

  public NameGazetteer(Map<String, List<String>> lists) {
    List<String> listNames = lists.keySet().stream().sorted().toList();
    if (listNames.size() >= 1 << LIST_BITS) {
      throw new IllegalArgumentException("more than 255 name lists");
    }
    labels = new String[listNames.size()][];
    Builder names = new Builder();
    for (int list = 0; list < listNames.size(); list++) {
      String listName = listNames.get(list);
      labels[list] =
          new String[] {listName + ":B", listName + ":I", listName + ":L", listName + ":U"};
      for (String name : lists.get(listName)) {
        names.add(list, name);
      }
    }
    words = names.text.toString();
    wordFrom = Arrays.copyOf(names.wordFrom, names.wordCount + 1);
    wordFrom[names.wordCount] = words.length();

    // group the names by first word, then sort them by group, list, length (longest first) and
    // the order they came in, as one long key each
    int count = names.count;
    int[] groupOfName = new int[count];
    int[] groupWord = new int[count];
    int[] slots = new int[tableSize(count)];
    int groups = 0;
    for (int n = 0; n < count; n++) {
      int word = names.firstWord[n];
      int mask = slots.length - 1;
      int slot = mix(regionHash(word)) & mask;
      while (slots[slot] != 0 && !sameWord(groupWord[slots[slot] - 1], word)) {
        slot = (slot + 1) & mask;
      }
      if (slots[slot] == 0) {
        groupWord[groups] = word;
        slots[slot] = ++groups;
      }
      groupOfName[n] = slots[slot] - 1;
    }
    long[] keys = new long[count];
    for (int n = 0; n < count; n++) {
      keys[n] =
          (long) groupOfName[n] << (LIST_BITS + LENGTH_BITS + NAME_BITS)
              | (long) names.list[n] << (LENGTH_BITS + NAME_BITS)
              | (long) (MAX_NAME_WORDS - names.length[n]) << NAME_BITS
              | n;
    }
    Arrays.sort(keys);

    listOf = new int[count];
    lengthOf = new int[count];
    firstWordOf = new int[count];
    secondHashOf = new int[count];
    groupFrom = new int[groups + 1];
    for (int k = count - 1; k >= 0; k--) {
      int n = (int) (keys[k] & ((1 << NAME_BITS) - 1));
      groupFrom[groupOfName[n]] = k;
      listOf[k] = names.list[n];
      lengthOf[k] = names.length[n];
      firstWordOf[k] = names.firstWord[n];
      secondHashOf[k] = lengthOf[k] > 1 ? regionHash(firstWordOf[k] + 1) : 0;
    }
    groupFrom[groups] = count;
    groupSlots = slots;
    for (int g = 0; g < groups; g++) {
      int bit = filterBit(regionHash(groupWord[g]));
      firstWords[bit >>> 6] |= 1L << bit;
    }
  }

  private static int tableSize(int count) {
    return Integer.highestOneBit(Math.max(count, 8) * 2 - 1) << 1;
  }

  private static int filterBit(int hash) {
    return (hash * 0x9E3779B9) >>> (32 - FILTER_BITS);
  }

  /** String.hashCode of word w, so that a word of a text finds it by its own hash code. */
  private int regionHash(int w) {
    int h = 0;
    for (int i = wordFrom[w], end = wordFrom[w + 1]; i < end; i++) {
      h = 31 * h + words.charAt(i);
    }
    return h;
  }

  private static int mix(int hash) {
    return hash ^ (hash >>> 16);
  }

  private boolean sameWord(int a, int b) {
    int from = wordFrom[a];
    int len = wordFrom[a + 1] - from;
    return wordFrom[b + 1] - wordFrom[b] == len
        && words.regionMatches(from, words, wordFrom[b], len);
  }

  private boolean wordEquals(int w, String word) {
    int from = wordFrom[w];
    return wordFrom[w + 1] - from == word.length()
        && words.regionMatches(from, word, 0, word.length());
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
    int hash = lowerWord.hashCode();
    int bit = filterBit(hash);
    if ((firstWords[bit >>> 6] & (1L << bit)) == 0) {
      return null;
    }
    int mask = groupSlots.length - 1;
    for (int slot = mix(hash) & mask; groupSlots[slot] != 0; slot = (slot + 1) & mask) {
      int group = groupSlots[slot] - 1;
      int from = groupFrom[group];
      if (wordEquals(firstWordOf[from], lowerWord)) {
        return new Candidates(from, groupFrom[group + 1]);
      }
    }
    return null;
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
        int len = lengthOf[k];
        String[] byPlace = labels[matchedList];
        for (int j = i; j < i + len; j++) {
          String label = byPlace[len == 1 ? 3 : j == i ? 0 : j == i + len - 1 ? 2 : 1];
          out[j] = out[j] == null ? label : out[j].contains(label) ? out[j] : out[j] + " " + label;
        }
      }
    }
    return out;
  }

  /** Whether name k matches the words from {@code start} (whose first word is the name's). */
  private boolean matches(int k, String[] lowerWords, int start) {
    int len = lengthOf[k];
    if (start + len > lowerWords.length
        || len > 1 && lowerWords[start + 1].hashCode() != secondHashOf[k]) {
      return false;
    }
    int first = firstWordOf[k];
    for (int j = 1; j < len; j++) {
      if (!wordEquals(first + j, lowerWords[start + j])) {
        return false;
      }
    }
    return true;
  }

  /** The names as they are added: their words appended to one text, the rest in growing arrays. */
  private static final class Builder {
    final StringBuilder text = new StringBuilder(1 << 12);
    int[] wordFrom = new int[1 << 12];
    int wordCount;
    int[] list = new int[1 << 12];
    int[] length = new int[1 << 12];
    int[] firstWord = new int[1 << 12];
    int count;

    void add(int listNumber, String name) {
      int first = wordCount;
      int textStart = text.length();
      int textFrom = textStart;
      if (lettersAndSpaces(name)) {
        // what the tokenizer would do with it: split at spaces (faster than tokenizing)
        for (int i = 0; i <= name.length(); i++) {
          if (i < name.length() && name.charAt(i) != ' ') {
            char c = name.charAt(i);
            text.append(c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
          } else if (text.length() > textFrom) {
            addWord(textFrom);
            textFrom = text.length();
          }
        }
      } else {
        for (Token token : Tokenizer.tokenize(name)) {
          // Curly apostrophes straightened, as the tagger's words are ("Xi’an" is filed as
          // "xi'an"). Digits are not folded as the tagger folds them ("04" to "00"), so names
          // with digits ("Schalke 04") never match the tagger's words: folding them cost 0.22
          // valid F1 over four training seeds, since "G8" then matches "G7" and "G20" as well.
          text.append(token.text().replace('’', '\'').toLowerCase(Locale.ROOT));
          addWord(textFrom);
          textFrom = text.length();
        }
      }
      int words = wordCount - first;
      if (words == 0 || words > MAX_NAME_WORDS) {
        wordCount = first;
        text.setLength(textStart);
        return;
      }
      if (count == list.length) {
        list = Arrays.copyOf(list, count * 2);
        length = Arrays.copyOf(length, count * 2);
        firstWord = Arrays.copyOf(firstWord, count * 2);
      }
      if (count == 1 << NAME_BITS) {
        throw new IllegalArgumentException("more than " + (1 << NAME_BITS) + " names");
      }
      list[count] = listNumber;
      length[count] = words;
      firstWord[count] = first;
      count++;
    }

    private void addWord(int from) {
      if (wordCount + 1 >= wordFrom.length) {
        wordFrom = Arrays.copyOf(wordFrom, wordFrom.length * 2);
      }
      wordFrom[wordCount++] = from;
    }
  }
}
