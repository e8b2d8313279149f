package io.newsflow.enrich.entity.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.entity.tagger.FeatureGroup;
import io.newsflow.enrich.entity.tagger.Features;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TypedNamesTest {
  @Test
  void namesCarryTheirKindAndSource() {
    String[] marks =
        TypedNames.load()
            .annotate(
                new String[] {
                  "einstein",
                  "swam",
                  "the",
                  "danube",
                  "for",
                  "greenpeace",
                  "in",
                  "new",
                  "york",
                  "city"
                });
    assertThat(marks[0]).contains("wn.person:U", "cp.lastname:U");
    assertThat(marks[1]).isNull();
    assertThat(marks[3]).contains("wn.location:U", "cp.place:U");
    assertThat(marks[5]).contains("wn.org:U");
    // the longest name of each list: WordNet's "New York City", compromise's "New York"
    assertThat(marks[7]).contains("wn.location:B", "cp.state:B");
    assertThat(marks[8]).contains("wn.location:I", "cp.state:L");
    assertThat(marks[9]).contains("wn.location:L");
  }

  @Test
  void eachListGivesItsLongestMatchOnce() {
    NameGazetteer gazetteer =
        new NameGazetteer(
            Map.of("a", List.of("new york", "new york city", "new york"), "b", List.of("york")));
    assertThat(gazetteer.annotate(new String[] {"new", "york", "city", "hall"}))
        .containsExactly("a:B", "a:I b:U", "a:L", null);
  }

  @Test
  void namesWithCurlyApostrophesMatchTheTaggersStraightenedWords() {
    NameGazetteer gazetteer = new NameGazetteer(Map.of("city", List.of("Xi’an", "N’Djamena")));
    assertThat(gazetteer.annotate(new String[] {"xi'an", "and", "n'djamena", "met"}))
        .containsExactly("city:U", null, "city:U", null);
  }

  @Test
  void aLoneSurnameLearnsFromTheFullNameElsewhereInTheDocument() {
    NameGazetteer names = new NameGazetteer(Map.of("cp.firstname", List.of("roberto")));
    Features features =
        new Features(EnumSet.of(FeatureGroup.DOCUMENT_NAMES), null, WordClasses.NONE, names);
    String[] alone = {"Duran", "won", "."};
    List<String[]> withFullName = List.of(new String[] {"Roberto", "Duran", "fought", "."}, alone);
    List<String[]> withoutIt = List.of(new String[] {"Roberto", "fought", "."}, alone);
    long[] informed = features.staticFeatures(alone, features.context(withFullName))[0];
    long[] uninformed = features.staticFeatures(alone, features.context(withoutIt))[0];
    assertThat(informed.length).isGreaterThan(uninformed.length);
    assertThat(informed).contains(uninformed);
    assertThat(features.context(withFullName).namesAround().get("duran"))
        .containsExactlyInAnyOrder("at:L", "after:firstname");
  }

  @Test
  void aCapitalisedRunTakesTheHeadWordOfItsLastWord() {
    NameGazetteer names = new NameGazetteer(Map.of("cp.orgword", List.of("inc")));
    Features features =
        new Features(EnumSet.of(FeatureGroup.TYPED_NAMES), null, WordClasses.NONE, names);
    String[] company = {"Magna", "International", "Inc", "said", "."};
    String[] listed = {"Magna", "and", "International", "Inc", "said", "."};
    long[][] inRun = features.staticFeatures(company, features.context(List.<String[]>of(company)));
    long[][] outOfRun =
        features.staticFeatures(listed, features.context(List.<String[]>of(listed)));
    // "Magna" gets the run-head feature only when "Inc" ends its run ("and" does not bridge runs)
    assertThat(inRun[0].length).isEqualTo(outOfRun[0].length + 1);
  }

  @Test
  void broaderListsGiveUnseenNamesCompromisesKinds() {
    String[] marks =
        TypedNames.load()
            .annotate(
                new String[] {
                  "lavrentyeva",
                  "left",
                  "kehl",
                  "and",
                  "kecskemet",
                  "for",
                  "schalke",
                  "04",
                  "and",
                  "mercedes-benz"
                });
    assertThat(marks[0]).isEqualTo("cp.lastname:U"); // faker's Russian names, romanised
    assertThat(marks[1]).isNull();
    assertThat(marks[2]).isEqualTo("cp.city:U"); // a town of 35,000 people
    assertThat(marks[4]).contains("cp.city:U"); // "Kecskemét" without its accent
    assertThat(marks[6]).isEqualTo("cp.team:B");
    assertThat(marks[7]).isEqualTo("cp.team:L");
    assertThat(marks[9]).isEqualTo("cp.org:U");
  }

  @Test
  void broaderListsAddNoKindOfTheirOwn() throws IOException {
    Set<String> compromiseKinds = kinds(TypedNames.COMPROMISE);
    for (String resource : TypedNames.EXTENDING_COMPROMISE) {
      assertThat(compromiseKinds).as(resource).containsAll(kinds(resource));
      assertThat(kinds(resource)).as(resource).isNotEmpty();
    }
  }

  @Test
  void namesOfSomeKindsLeaveTheOthersOut() {
    List<String> orgs = TypedNames.names(TypedNames.DATAFAKER, Set.of("org"));
    assertThat(orgs)
        .contains("amazon")
        .doesNotContainAnyElementsOf(TypedNames.names(TypedNames.DATAFAKER, Set.of("person")));
    assertThat(TypedNames.names(TypedNames.DATAFAKER, Set.of("org", "person")))
        .hasSizeGreaterThan(orgs.size());
    assertThat(TypedNames.names(TypedNames.DATAFAKER, Set.of("no such kind"))).isEmpty();
  }

  private static Set<String> kinds(String resource) throws IOException {
    try (InputStream in = TypedNames.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .filter(line -> !line.startsWith("#") && !line.isBlank())
          .map(line -> line.substring(0, line.indexOf('\t')))
          .collect(Collectors.toSet());
    }
  }
}
