package io.newsflow.enrich.entity.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ISO 3166-1 countries with their names, other spellings, demonyms and capitals, from the bundled
 * {@code countries.tsv} (derived from world-countries, ODbL 1.0). Immutable.
 */
public final class Countries {
  public static final String RESOURCE = "/io/newsflow/enrich/entity/countries.tsv";

  /** One country. */
  public record Country(
      String code, String name, List<String> names, String demonym, List<String> capitals) {}

  private final List<Country> countries;
  private final Map<String, Country> byName = new HashMap<>();

  public Countries(List<Country> countries) {
    this.countries = List.copyOf(countries);
    for (Country c : countries) {
      for (String name : c.names()) {
        byName.putIfAbsent(key(name), c);
      }
    }
  }

  public static Countries load() {
    try (InputStream in = Countries.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Countries parse(BufferedReader reader) throws IOException {
    List<Country> out = new ArrayList<>();
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      List<String> names = new ArrayList<>();
      names.add(cols[1]);
      names.add(cols[2]);
      for (String alt : cols[3].split("\\|")) {
        if (!alt.isBlank()) {
          names.add(alt);
          if (alt.length() <= 3 && alt.chars().allMatch(Character::isUpperCase)) {
            names.add(String.join(".", alt.split("")) + "."); // "US" is also written "U.S."
          }
        }
      }
      List<String> capitals = cols[5].isBlank() ? List.of() : List.of(cols[5].split("\\|"));
      out.add(new Country(cols[0], cols[1], List.copyOf(names), cols[4], capitals));
    }
    return new Countries(out);
  }

  public List<Country> all() {
    return countries;
  }

  /** The country a name (any spelling in the table, case-insensitive) stands for. */
  public Optional<Country> byName(String name) {
    return Optional.ofNullable(byName.get(key(name)));
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
