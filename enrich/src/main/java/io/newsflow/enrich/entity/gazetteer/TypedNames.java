package io.newsflow.enrich.entity.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names with their kind (person, last name, organisation, sports team, region, event...) from the
 * bundled lists {@code names-compromise.tsv} (npm compromise and states-us, MIT) and {@code
 * names-wordnet.tsv} (WordNet 3.0 proper names), as one {@link NameGazetteer} whose list names say
 * the source: "cp.org", "wn.person".
 *
 * <p>Broader lists extend compromise's kinds rather than adding kinds of their own, so an unseen
 * name gets the feature the tagger already weighs ("cp.lastname", "cp.city"): first and last names
 * of about sixty countries (npm @faker-js/faker, MIT), towns of 10,000+ people (GeoNames, CC BY
 * 4.0), states and provinces of all countries (npm @countrystatecity/countries, ODbL 1.0), sports
 * teams, sportspeople and companies (Maven datafaker, Apache-2.0).
 */
public final class TypedNames {
  public static final String COMPROMISE = "/io/newsflow/enrich/entity/names-compromise.tsv";
  public static final String WORDNET = "/io/newsflow/enrich/entity/names-wordnet.tsv";

  /**
   * Brands and companies (npm simple-icons, CC0): not a feature of the tagger (as one, it lowered
   * CoNLL-2003 valid F1 over four training seeds) but the names {@code NameCues} trusts.
   */
  public static final String COMPANIES = "/io/newsflow/enrich/entity/names-companies.tsv";

  public static final String FAKER = "/io/newsflow/enrich/entity/names-faker.tsv";
  public static final String TOWNS = "/io/newsflow/enrich/entity/names-towns.tsv";
  public static final String REGIONS = "/io/newsflow/enrich/entity/names-regions.tsv";
  public static final String DATAFAKER = "/io/newsflow/enrich/entity/names-datafaker.tsv";

  /**
   * Lists read as compromise's kinds ("cp."): each file's lines name a kind of compromise's
   * lexicon.
   */
  public static final List<String> EXTENDING_COMPROMISE = List.of(FAKER, TOWNS, REGIONS, DATAFAKER);

  private TypedNames() {}

  public static NameGazetteer load() {
    return load(NameLists.read());
  }

  /** The gazetteer of lists already read. */
  public static NameGazetteer load(NameLists files) {
    Map<String, List<String>> lists = new HashMap<>();
    add(files, COMPROMISE, "cp.", lists);
    EXTENDING_COMPROMISE.forEach(resource -> add(files, resource, "cp.", lists));
    add(files, WORDNET, "wn.", lists);
    return new NameGazetteer(lists);
  }

  /** The names of one bundled list file, whatever their kind, in lower case. */
  public static List<String> names(String resource) {
    return NameLists.read(List.of(resource)).names(resource);
  }

  /** The names of the given kinds ("firstname", "org") of one bundled list file, in lower case. */
  public static List<String> names(String resource, Set<String> kinds) {
    return NameLists.read(List.of(resource)).names(resource, kinds);
  }

  private static void add(
      NameLists files, String resource, String prefix, Map<String, List<String>> lists) {
    files
        .byKind(resource)
        .forEach(
            (kind, names) ->
                lists.computeIfAbsent(prefix + kind, k -> new ArrayList<>()).addAll(names));
  }
}
