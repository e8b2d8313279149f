package io.newsflow.enrich.entity;

import io.newsflow.enrich.entity.gazetteer.Countries;
import io.newsflow.enrich.entity.gazetteer.NameLists;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Corrects the tagger's types where the words around a name say what it is and the tagger, taught
 * by Reuters news of 1996, cannot know the name itself: a place before "peninsula" ({@link
 * GeographicNouns}), a company after "grid operator" ({@link OrganisationNouns}), a product ending
 * in a model code ({@link ModelCodes}); and a brand or company used as one, which the tagger left
 * untagged or took for a person or a place ({@link CompanyNames}). Works on the tags of whole
 * sentences, so CoNLL tagging and articles get the same correction. Immutable.
 */
final class NameCues {
  private final GeographicNouns places;
  private final OrganisationNouns organisations = new OrganisationNouns();
  private final ModelCodes products = new ModelCodes();
  private final CompanyNames companies;

  NameCues(Countries countries) {
    this(countries, NameLists.read());
  }

  /** With the bundled name lists already read (the tagger's typed names read the same). */
  NameCues(Countries countries, NameLists lists) {
    Set<String> demonyms = new HashSet<>();
    for (Countries.Country c : countries.all()) {
      if (!c.demonym().isBlank()) {
        demonyms.add(c.demonym().toLowerCase(Locale.ROOT));
      }
    }
    this.places = new GeographicNouns(Set.copyOf(demonyms));
    Set<String> brands = KnownNames.brands(lists);
    Set<String> names = KnownNames.companies(lists, brands);
    // a name the tagger typed MISC ("Airbus", read as the adjective of "Airbus A321neo") is a
    // company only where its words say so: the lists hold products and nationalities too
    this.companies =
        new CompanyNames(
            brands,
            names,
            Map.of(
                "PER", KnownNames.people(lists),
                "LOC", KnownNames.countriesAndCapitals(countries),
                "MISC", Set.copyOf(demonyms)),
            Map.of("LOC", KnownNames.places(lists), "MISC", names));
  }

  /** The tags of each sentence, corrected in copies; {@code tags} is left as it is. */
  String[][] correct(List<String[]> sentences, String[][] tags) {
    String[][] out = new String[tags.length][];
    for (int s = 0; s < tags.length; s++) {
      String[] words = sentences.get(s);
      out[s] = tags[s].clone();
      places.correct(words, out[s]);
      organisations.correct(words, out[s]);
      products.correct(words, out[s]);
    }
    companies.correct(sentences, out);
    return out;
  }
}
