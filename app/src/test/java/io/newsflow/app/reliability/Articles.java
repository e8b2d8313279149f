package io.newsflow.app.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Distinct articles as JSON lines, with ids {@code prefix-00000} on, for the tests to count. */
final class Articles {
  private static final String[] PEOPLE = {
    "Anna Keller", "Tomas Berg", "Maria Lopez", "Kwame Mensah", "Yuki Sato"
  };
  private static final String[] PLACES = {"Berlin", "Madrid", "Accra", "Osaka", "Oslo", "Lima"};
  private static final String[] MOODS = {
    "welcomed the strong results", "warned of a severe crisis", "announced a review"
  };

  private Articles() {}

  static List<String> ids(String prefix, int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(id(prefix, i));
    }
    return ids;
  }

  /** Writes {@code count} articles to {@code file}; returns their ids. */
  static List<String> write(Path file, String prefix, int count) throws IOException {
    List<String> ids = ids(prefix, count);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.add(line(prefix, i));
    }
    Files.write(file, lines);
    return ids;
  }

  /** The article of id {@code prefix-<number>} as one JSON line. */
  static String line(String prefix, int number) {
    String person = PEOPLE[number % PEOPLE.length];
    String place = PLACES[number % PLACES.length];
    String mood = MOODS[number % MOODS.length];
    // the number in the text keeps each article distinct to the deduplication
    return String.format(
        Locale.ROOT,
        "{\"id\":\"%s\",\"headline\":\"%s in %s, report %d\",\"body\":\"%s %s in %s on day %d."
            + " Officials said the talks would go on next week.\",\"language\":\"en\"}",
        id(prefix, number),
        person,
        place,
        number,
        person,
        mood,
        place,
        number);
  }

  static String id(String prefix, int number) {
    return String.format(Locale.ROOT, "%s-%05d", prefix, number);
  }

  /**
   * The number in an id made by {@link #id}; -1 for any other key (a dead letter of something
   * else).
   */
  static int number(String id) {
    try {
      return Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
