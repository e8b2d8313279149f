package io.newsflow.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.common.article.Entity;
import io.newsflow.common.article.EntityType;
import io.newsflow.common.article.Mention;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The paragraphs below were written for these tests; they report no real events. */
class TrainedEntityRecognizerTest {
  private static final TrainedEntityRecognizer RECOGNIZER = TrainedEntityRecognizer.load();

  private static final String SUMMIT_HEADLINE = "Scholz and Macron Agree on Gas Storage Plan";
  private static final String SUMMIT_BODY =
      "German Chancellor Olaf Scholz and French President Emmanuel Macron met in Paris on Friday "
          + "to settle a dispute over gas storage before winter.\n"
          + "Scholz told reporters that Germany would share its reserves with France if needed. "
          + "Macron said the European Commission would propose rules next month.\n"
          + "Officials from Spain and Italy are expected to join the talks in Madrid.";

  private static Optional<Entity> find(List<Entity> entities, String name) {
    return entities.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  private static Entity entity(List<Entity> entities, String name, EntityType type) {
    Optional<Entity> found = find(entities, name);
    assertThat(found)
        .as("%s among %s", name, entities.stream().map(Entity::name).toList())
        .isPresent();
    assertThat(found.get().type()).as(name).isEqualTo(type);
    return found.get();
  }

  private static List<String> mentionTexts(Entity entity) {
    return entity.mentions().stream().map(Mention::text).toList();
  }

  @Test
  void findsPeoplePlacesAndOrganisationsAndLinksShortForms() {
    List<Entity> entities = RECOGNIZER.recognize(SUMMIT_HEADLINE, SUMMIT_BODY);
    Entity scholz = entity(entities, "Olaf Scholz", EntityType.PERSON);
    assertThat(mentionTexts(scholz)).containsExactly("Scholz", "Olaf Scholz", "Scholz");
    assertThat(scholz.id()).isEqualTo("person:olaf-scholz");
    Entity macron = entity(entities, "Emmanuel Macron", EntityType.PERSON);
    assertThat(mentionTexts(macron)).containsExactly("Macron", "Emmanuel Macron", "Macron");
    assertThat(entity(entities, "Paris", EntityType.LOCATION).id()).isEqualTo("geonames:2988507");
    entity(entities, "European Commission", EntityType.ORGANIZATION);
    assertThat(entity(entities, "Germany", EntityType.LOCATION).id()).isEqualTo("country:DE");
    assertThat(entity(entities, "France", EntityType.LOCATION).id()).isEqualTo("country:FR");
    entity(entities, "Madrid", EntityType.LOCATION);
    entity(entities, "German", EntityType.MISC);
    // headline words of a Title Case headline are not taken for names
    assertThat(entities)
        .noneMatch(e -> Set.of("Gas", "Storage", "Plan", "Agree").contains(e.name()));
  }

  @Test
  void mentionsPointExactlyIntoTheirFieldAndEntitiesComeMostSalientFirst() {
    List<Entity> entities = RECOGNIZER.recognize(SUMMIT_HEADLINE, SUMMIT_BODY);
    double previous = Double.MAX_VALUE;
    Set<String> ids = new java.util.HashSet<>();
    for (Entity e : entities) {
      assertThat(ids.add(e.id())).as("one entity per id: %s", e.id()).isTrue();
      assertThat(e.salience()).isBetween(0.0, 1.0).isLessThanOrEqualTo(previous);
      previous = e.salience();
      for (Mention m : e.mentions()) {
        String text = m.field().equals(Mention.HEADLINE) ? SUMMIT_HEADLINE : SUMMIT_BODY;
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
    // named in the headline and often: the two leaders lead
    assertThat(entities.subList(0, 2))
        .extracting(Entity::name)
        .containsExactlyInAnyOrder("Olaf Scholz", "Emmanuel Macron");
  }

  @Test
  void possessivesTitlesAndAllCapsHeadlinesResolveToOneEntity() {
    String headline = "NORWAY'S HALVORSEN WINS OSLO MARATHON";
    String body =
        "Kari Halvorsen won the Oslo marathon on Sunday in two hours and 24 minutes. "
            + "Coach Halvorsen's training partner, Ingrid Berg, finished second. "
            + "Norway's sports minister congratulated Halvorsen after the race.";
    List<Entity> entities = RECOGNIZER.recognize(headline, body);
    Entity runner = entity(entities, "Kari Halvorsen", EntityType.PERSON);
    assertThat(runner.mentions())
        .extracting(Mention::field)
        .contains(Mention.HEADLINE, Mention.BODY);
    assertThat(mentionTexts(runner))
        .containsExactly("HALVORSEN", "Kari Halvorsen", "Halvorsen", "Halvorsen");
    Entity norway = entity(entities, "Norway", EntityType.LOCATION);
    assertThat(norway.id()).isEqualTo("country:NO");
    assertThat(mentionTexts(norway)).containsExactly("NORWAY", "Norway");
    entity(entities, "Ingrid Berg", EntityType.PERSON);
  }

  @Test
  void misspelledNamesAreStillPeopleByTheirContext() {
    List<Entity> entities =
        RECOGNIZER.recognize(
            "",
            "Defence Secretary Jhon Smiht arrived in Warsaw on Monday. Smiht met Polish officials.");
    Entity smith = entity(entities, "Jhon Smiht", EntityType.PERSON);
    assertThat(mentionTexts(smith)).containsExactly("Jhon Smiht", "Smiht");
  }

  @Test
  void hyphenatedCountryPairsNameEachCountry() {
    String body =
        "Trade talks on the US-China tariff dispute resumed in Geneva on Monday. "
            + "Diplomats said the India-Pakistan border had been quiet, and China hoped for progress.";
    List<Entity> entities = RECOGNIZER.recognize("", body);
    assertThat(entities).noneMatch(e -> e.name().contains("-"));
    Entity china =
        entities.stream().filter(e -> e.id().equals("country:CN")).findFirst().orElseThrow();
    assertThat(mentionTexts(china)).containsExactly("China", "China");
    assertThat(china.mentions().get(0).start()).isEqualTo(body.indexOf("China"));
    for (String code : List.of("US", "IN", "PK")) {
      assertThat(entities).as(code).anyMatch(e -> e.id().equals("country:" + code));
    }
  }

  @Test
  void aCountrysMinisterIsAPersonOfThatCountryNotAnOrganisation() {
    List<Entity> entities =
        RECOGNIZER.recognize(
            "",
            "Spanish officials welcomed the plan. Italian Foreign Minister Paolo Ferri and German Finance "
                + "Minister Lena Vogt spoke in Rome, where the Italy Defence Minister also met the press.");
    assertThat(entities)
        .noneMatch(
            e ->
                e.type() == EntityType.ORGANIZATION
                    && (e.name().contains("Foreign")
                        || e.name().contains("Finance")
                        || e.name().contains("Defence")));
    entity(entities, "Paolo Ferri", EntityType.PERSON);
    entity(entities, "Lena Vogt", EntityType.PERSON);
  }

  @Test
  void theSameCountryUnderDifferentNamesIsOneEntity() {
    List<Entity> entities =
        RECOGNIZER.recognize(
            "",
            "The United States and Canada signed the accord. Officials in the U.S. said it would "
                + "take effect in May, and US negotiators praised Canada.");
    Entity us =
        entities.stream().filter(e -> e.id().equals("country:US")).findFirst().orElseThrow();
    assertThat(us.name()).isEqualTo("United States");
    assertThat(mentionTexts(us)).containsExactly("United States", "U.S.", "US");
    assertThat(
            entities.stream()
                .filter(e -> e.id().equals("country:CA"))
                .findFirst()
                .orElseThrow()
                .mentions())
        .hasSize(2);
  }

  @Test
  void emptyTextHasNoEntities() {
    assertThat(RECOGNIZER.recognize("", "")).isEmpty();
    assertThat(RECOGNIZER.recognize(null, "  \n ")).isEmpty();
  }

  @Test
  void isSafeToShareBetweenThreads() throws Exception {
    List<Entity> expected = RECOGNIZER.recognize(SUMMIT_HEADLINE, SUMMIT_BODY);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Entity>>> results = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        results.add(pool.submit(() -> RECOGNIZER.recognize(SUMMIT_HEADLINE, SUMMIT_BODY)));
      }
      for (Future<List<Entity>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theSampleWireArticleYieldsItsPeoplePlacesAndOrganisations() throws Exception {
    String text = Files.readString(SharedData.require("samples/wire-article-nato-ukraine.txt"));
    int newline = text.indexOf('\n');
    String headline = text.substring(0, newline).strip();
    String body = text.substring(newline + 1).strip();
    List<Entity> entities = RECOGNIZER.recognize(headline, body);

    for (String person : List.of("Antony Blinken", "Ned Price", "Joe Biden", "Vladimir Putin")) {
      entity(entities, person, EntityType.PERSON);
    }
    assertThat(entities)
        .anyMatch(
            e ->
                e.type() == EntityType.PERSON
                    && (e.name().equals("Lloyd Austin") || e.name().equals("Llyod Austin")));
    assertThat(mentionTexts(entity(entities, "Antony Blinken", EntityType.PERSON)))
        .containsExactly("Antony Blinken", "Blinken", "Antony Blinken", "Blinken");
    assertThat(mentionTexts(entity(entities, "Joe Biden", EntityType.PERSON))).hasSize(4);
    assertThat(mentionTexts(entity(entities, "Ned Price", EntityType.PERSON)))
        .containsExactly("Ned Price", "Price");

    entity(entities, "NATO", EntityType.ORGANIZATION);
    entity(entities, "US State Department", EntityType.ORGANIZATION);
    // CoNLL-2003 annotates "White House" as a location 12 times out of 13; the model follows it
    assertThat(find(entities, "White House"))
        .get()
        .extracting(Entity::type)
        .isIn(EntityType.ORGANIZATION, EntityType.LOCATION);

    for (String place :
        List.of(
            "Brussels",
            "Ukraine",
            "Russia",
            "Kyiv",
            "Crimea",
            "Afghanistan",
            "Iran",
            "Yemen",
            "France",
            "Germany",
            "Washington")) {
      entity(entities, place, EntityType.LOCATION);
    }
    Entity ukraine = entity(entities, "Ukraine", EntityType.LOCATION);
    assertThat(ukraine.id()).isEqualTo("country:UA");
    // nine times alone, twice in "Russia-Ukraine" (headline and first sentence)
    assertThat(ukraine.mentions()).hasSize(11).allMatch(m -> m.text().equals("Ukraine"));
    assertThat(entities)
        .noneMatch(e -> e.name().equals("Russia-Ukraine") || e.name().equals("US Defense"));
    assertThat(entity(entities, "Brussels", EntityType.LOCATION).mentions()).hasSize(4);
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        String field = m.field().equals(Mention.HEADLINE) ? headline : body;
        assertThat(field.substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
  }

  /** Articles written for this test, each opening with a dateline. */
  private static final String[][] DATELINE_ARTICLES = {
    {
      "Lava reaches road to lagoon",
      "REYKJAVIK - Lava from the eruption on the Reykjanes peninsula reached the main road on Monday, "
          + "the Icelandic Met Office said. Hotels in Reykjavik reported cancellations."
    },
    {
      "Docks closed after fire",
      "LIVERPOOL - Police closed the docks on Sunday after a fire on a cargo ship, "
          + "Merseyside Police said. Nobody was hurt."
    },
    {
      "Kenya holds rates",
      "NAIROBI (Reuters) - Kenya's central bank held its main lending rate on Tuesday, "
          + "governor Kamau Thugge told reporters."
    },
    {
      "Senate adjourns without vote",
      "WASHINGTON, May 3 (AP) — The Senate adjourned without a vote on the spending bill, "
          + "and Majority Leader Chuck Schumer said talks would resume next week."
    }
  };

  @Test
  void theDatelinePlaceIsALocationWithExactOffsetsAndTheRestIsAsTagged() {
    for (String[] article : DATELINE_ARTICLES) {
      String headline = article[0];
      String body = article[1];
      String place = Datelines.place(body).orElseThrow().of(body);
      List<Entity> entities = RECOGNIZER.recognize(headline, body);

      Entity located =
          entities.stream()
              .filter(
                  e ->
                      e.mentions().stream()
                          .anyMatch(m -> m.field().equals(Mention.BODY) && m.start() == 0))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no entity at the dateline of " + body));
      assertThat(located.type()).as(place).isEqualTo(EntityType.LOCATION);
      Mention first =
          located.mentions().stream()
              .filter(m -> m.field().equals(Mention.BODY) && m.start() == 0)
              .findFirst()
              .orElseThrow();
      assertThat(first.end()).isEqualTo(place.length());
      assertThat(first.text()).isEqualTo(place);
      for (Entity e : entities) {
        for (Mention m : e.mentions()) {
          String field = m.field().equals(Mention.BODY) ? body : headline;
          assertThat(field.substring(m.start(), m.end())).isEqualTo(m.text());
        }
      }

      // every other mention the tagger found is still there, with its type
      List<String> out = new ArrayList<>();
      for (Entity e : entities) {
        for (Mention m : e.mentions()) {
          out.add(m.field() + " " + m.start() + " " + m.text());
        }
      }
      for (MentionLinker.TypedMention tagged : RECOGNIZER.taggedMentions(headline, body)) {
        Mention m = tagged.mention();
        if (!(m.field().equals(Mention.BODY) && m.start() < place.length())) {
          assertThat(out).as(body).contains(m.field() + " " + m.start() + " " + m.text());
        }
      }
    }
  }

  @Test
  void aDatelinePlaceNamedAgainInTheBodyIsOneEntityUnderItsOrdinarySpelling() {
    String body = DATELINE_ARTICLES[0][1];
    Entity reykjavik =
        entity(
            RECOGNIZER.recognize(DATELINE_ARTICLES[0][0], body), "Reykjavik", EntityType.LOCATION);
    assertThat(mentionTexts(reykjavik)).containsExactly("REYKJAVIK", "Reykjavik");
    Entity alone =
        entity(
            RECOGNIZER.recognize("", "Hotels in Reykjavik reported cancellations."),
            "Reykjavik",
            EntityType.LOCATION);
    assertThat(reykjavik.id()).isEqualTo(alone.id());
  }

  @Test
  void aDatelinePlaceIsLinkedLikeOtherPlaces() {
    List<Entity> entities = RECOGNIZER.recognize(DATELINE_ARTICLES[2][0], DATELINE_ARTICLES[2][1]);
    Entity nairobi =
        entities.stream()
            .filter(e -> e.name().equalsIgnoreCase("Nairobi"))
            .findFirst()
            .orElseThrow();
    assertThat(nairobi.type()).isEqualTo(EntityType.LOCATION);
    assertThat(nairobi.id()).isEqualTo("geonames:184745");
  }

  /**
   * Datelines the tagger alone gets wrong: a club's city taken for the club, villages it never saw.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "LIVERPOOL - Police closed the docks on Sunday.",
        "HEIMAEY - The harbour reopened after the storm.",
        "GRINDAVIK - Residents returned to their homes for an hour."
      })
  void aDatelineTheTaggerMissesOrMistypesBecomesAPlace(String body) {
    String place = body.substring(0, body.indexOf(' '));
    assertThat(RECOGNIZER.taggedMentions("", body))
        .as("the premise: the tagger alone does not find %s as a place", place)
        .noneMatch(m -> m.mention().start() == 0 && m.type() == EntityType.LOCATION);

    Entity found = entity(RECOGNIZER.recognize("", body), place, EntityType.LOCATION);
    assertThat(found.mentions())
        .containsExactly(new Mention(Mention.BODY, 0, place.length(), place));
  }

  @Test
  void withoutADatelineTheOutputIsTheTaggers() {
    List<Entity> entities = RECOGNIZER.recognize(SUMMIT_HEADLINE, SUMMIT_BODY);
    List<String> out = new ArrayList<>();
    entities.forEach(
        e -> e.mentions().forEach(m -> out.add(m.field() + " " + m.start() + " " + m.text())));
    List<String> tagged =
        RECOGNIZER.taggedMentions(SUMMIT_HEADLINE, SUMMIT_BODY).stream()
            .map(t -> t.mention().field() + " " + t.mention().start() + " " + t.mention().text())
            .toList();
    assertThat(out).containsExactlyInAnyOrderElementsOf(tagged);
  }
}
