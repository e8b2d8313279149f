package io.newsflow.enrich.entity;

import io.newsflow.enrich.entity.gazetteer.Countries;
import io.newsflow.enrich.entity.gazetteer.NameLists;
import io.newsflow.enrich.entity.gazetteer.TypedNames;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The names {@link CompanyNames} weighs, in lower case, from the bundled lists. */
final class KnownNames {
  private KnownNames() {}

  /** simple-icons' brands and companies, common English words left out. */
  static Set<String> brands(NameLists lists) {
    return Set.copyOf(lists.names(TypedNames.COMPANIES));
  }

  /** {@code brands} and the organisations of the tagger's own lists ("Amazon", "Tesco"). */
  static Set<String> companies(NameLists lists, Set<String> brands) {
    return union(
        brands,
        lists.names(TypedNames.COMPROMISE, Set.of("org")),
        lists.names(TypedNames.DATAFAKER, Set.of("org")));
  }

  /** First names, surnames and people's full names of the tagger's lists. */
  static Set<String> people(NameLists lists) {
    Set<String> kinds = Set.of("firstname", "lastname", "person");
    return union(
        lists.names(TypedNames.COMPROMISE, kinds),
        lists.names(TypedNames.FAKER, kinds),
        lists.names(TypedNames.WORDNET, kinds));
  }

  /** Countries by any of their names, and their capitals. */
  static Set<String> countriesAndCapitals(Countries countries) {
    Set<String> names = new HashSet<>();
    for (Countries.Country c : countries.all()) {
      c.names().forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
      c.capitals().forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
    }
    return Set.copyOf(names);
  }

  /** Towns, regions and other places of the tagger's lists ("Meta", "Amazon"). */
  static Set<String> places(NameLists lists) {
    return union(
        lists.names(TypedNames.TOWNS, Set.of("city")),
        lists.names(TypedNames.REGIONS, Set.of("region")),
        lists.names(TypedNames.WORDNET, Set.of("location")),
        lists.names(TypedNames.COMPROMISE, Set.of("city", "place", "region", "state")));
  }

  @SafeVarargs
  private static Set<String> union(Collection<String>... lists) {
    Set<String> names = new HashSet<>();
    for (Collection<String> list : lists) {
      names.addAll(list);
    }
    return Set.copyOf(names);
  }
}
