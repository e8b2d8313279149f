package io.newsflow.enrich.entity.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** English first names from the bundled {@code first-names.txt} (@stdlib datasets, PDDL/CC0). */
final class FirstNames {
  static final String RESOURCE = "/io/newsflow/enrich/entity/first-names.txt";

  private FirstNames() {}

  static List<String> load() {
    try (InputStream in = FirstNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
