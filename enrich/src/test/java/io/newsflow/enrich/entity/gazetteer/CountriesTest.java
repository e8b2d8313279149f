package io.newsflow.enrich.entity.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountriesTest {
  private final Countries countries = Countries.load();

  @Test
  void findsCountriesByAnySpelling() {
    assertThat(countries.all()).hasSizeGreaterThan(240);
    for (String name :
        new String[] {"US", "U.S.", "United States", "united states of america", "USA"}) {
      assertThat(countries.byName(name))
          .as(name)
          .get()
          .extracting(Countries.Country::code)
          .isEqualTo("US");
    }
    assertThat(countries.byName("Ukraine"))
        .get()
        .extracting(Countries.Country::code)
        .isEqualTo("UA");
    assertThat(countries.byName("Brussels")).isEmpty();
  }

  @Test
  void gazetteerMarksMultiWordNames() {
    NameGazetteer gazetteer = NameGazetteer.fromCountries(countries);
    String[] marks =
        gazetteer.annotate(new String[] {"the", "united", "kingdom", "and", "french", "kyiv"});
    assertThat(marks[0]).isNull();
    assertThat(marks[1]).contains("country:B");
    assertThat(marks[2]).contains("country:L");
    assertThat(marks[4]).isEqualTo("demonym:U");
    assertThat(marks[5]).isEqualTo("capital:U");
  }

  @Test
  void citiesResolveOnlyWhenTheNameIsClear() {
    Cities cities = Cities.load();
    assertThat(cities.byName("Paris")).get().extracting(Cities.City::geonameId).isEqualTo(2988507L);
    assertThat(cities.byName("Kyiv")).get().extracting(Cities.City::country).isEqualTo("UA");
    // the only "Washington" in the table is a town in England: no id rather than a wrong one
    assertThat(cities.byName("Washington")).isEmpty();
  }
}
