package io.newsflow.enrich.entity.gazetteer;

import io.newsflow.enrich.entity.tagger.WordCasing;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words of an English dictionary with their case, from the bundled {@code english-words.txt}
 * (Debian wamerican-huge, SCOWL; see the file's header for the licence). Tells an unseen name
 * ("Kowalski", only capitalised in the dictionary) from a capitalised common word ("Promises").
 * Immutable.
 */
public final class EnglishWords implements WordCasing {
  public static final String RESOURCE = "/io/newsflow/enrich/entity/english-words.txt";
  private static final String LOWER = "l", CAPITALISED = "c", BOTH = "lc";
  private final Map<String, String> caseOf;

  private EnglishWords(Map<String, String> caseOf) {
    this.caseOf = caseOf;
  }

  public static EnglishWords load() {
    try (InputStream in = EnglishWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      Map<String, String> caseOf = new HashMap<>(1 << 19);
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        String kind = line.equals(lower) ? LOWER : CAPITALISED;
        caseOf.merge(lower, kind, (a, b) -> a.equals(b) ? a : BOTH);
      }
      return new EnglishWords(caseOf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String of(String lowerWord) {
    return caseOf.get(lowerWord);
  }
}
