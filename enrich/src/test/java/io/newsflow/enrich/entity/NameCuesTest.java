package io.newsflow.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.entity.gazetteer.Countries;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each cue on a sentence of words and the tagger's tags, both what it changes and what it keeps.
 */
class NameCuesTest {
  private static final NameCues CUES = new NameCues(Countries.load());

  /** "Word/TAG" pairs, O when no tag is given; returns the corrected tags. */
  private static List<String> correct(String tagged) {
    String[] pairs = tagged.split(" ");
    String[] words = new String[pairs.length];
    String[] tags = new String[pairs.length];
    for (int i = 0; i < pairs.length; i++) {
      int slash = pairs[i].lastIndexOf('/');
      words[i] = slash < 0 ? pairs[i] : pairs[i].substring(0, slash);
      tags[i] = slash < 0 ? "O" : pairs[i].substring(slash + 1);
    }
    String[] given = tags.clone();
    String[][] out = CUES.correct(List.<String[]>of(words), new String[][] {tags});
    assertThat(tags).as("the input is left as it is").containsExactly(given);
    return List.of(out[0]);
  }

  @Test
  void aNameBeforeAGeographicNounIsAPlace() {
    assertThat(correct("on the Reykjanes/B-MISC peninsula ."))
        .containsExactly("O", "O", "B-LOC", "O", "O");
    assertThat(correct("in the Panjshir valley")).containsExactly("O", "O", "B-LOC", "O");
    assertThat(correct("into the Hindu/B-PER Kush/I-PER mountains"))
        .containsExactly("O", "O", "B-LOC", "I-LOC", "O");
    assertThat(correct("off the Kamchatka/B-LOC peninsula/I-LOC"))
        .containsExactly("O", "O", "B-LOC", "O");
  }

  @Test
  void adjectivesOfPlaceAndSentenceOpeningsAreNotPlaces() {
    assertThat(correct("the Kurdish/B-MISC region")).containsExactly("O", "B-MISC", "O");
    assertThat(correct("the Norwegian/B-MISC coast")).containsExactly("O", "B-MISC", "O");
    assertThat(correct("The volcano erupted")).containsExactly("O", "O", "O");
  }

  @Test
  void aNameAfterANounForAnOrganisationIsThatOrganisation() {
    assertThat(correct("grid operator Statnett/B-PER said"))
        .containsExactly("O", "O", "B-ORG", "O");
    assertThat(correct("battery maker Northvolt/B-LOC filed"))
        .containsExactly("O", "O", "B-ORG", "O");
    assertThat(correct("budget airline Enter/B-MISC Air/I-MISC"))
        .containsExactly("O", "O", "B-ORG", "I-ORG");
  }

  @Test
  void peopleDaysAndAircraftCarriersAfterSuchNounsStayAsTheyAre() {
    assertThat(correct("insurer Thierry/B-PER Aulagnon/I-PER said"))
        .containsExactly("O", "B-PER", "I-PER", "O");
    assertThat(correct("the company Tuesday said")).containsExactly("O", "O", "O", "O");
    assertThat(correct("peacemaker Alexander/B-PER Lebed/I-PER"))
        .containsExactly("O", "B-PER", "I-PER");
    assertThat(correct("the carrier Enterprise/B-MISC")).containsExactly("O", "O", "B-MISC");
  }

  @Test
  void anOrganisationEndingInAModelCodeIsAProduct() {
    assertThat(correct("its Model/B-ORG Y/I-ORG cars"))
        .containsExactly("O", "B-MISC", "I-MISC", "O");
    assertThat(correct("the Galaxy/B-ORG S25/I-ORG")).containsExactly("O", "B-MISC", "I-MISC");
  }

  @Test
  void clubsEndingInNumbersAndQuartersAreNotProducts() {
    assertThat(correct("Schalke/B-ORG 04/I-ORG won")).containsExactly("B-ORG", "I-ORG", "O");
    assertThat(correct("Newcrest/B-ORG Q4/I-ORG profit")).containsExactly("B-ORG", "I-ORG", "O");
  }

  @Test
  void anUntaggedBrandOrCompanyOfTheListIsAnOrganisation() {
    assertThat(correct("Shopify reported")).containsExactly("B-ORG", "O");
    assertThat(correct("Etsy and eBay report")).containsExactly("B-ORG", "O", "B-ORG", "O");
  }

  @Test
  void aKnownCompanyTakenForAPlaceIsACompanyWhereItsWordsSaySo() {
    assertThat(correct("Amazon/B-LOC said")).containsExactly("B-ORG", "O");
    assertThat(correct("shares of Amazon/B-LOC fell")).containsExactly("O", "O", "B-ORG", "O");
    assertThat(correct("a stake in Amazon/B-LOC")).containsExactly("O", "O", "O", "B-ORG");
    assertThat(correct("Amazon/B-LOC 's chief executive")).containsExactly("B-ORG", "O", "O", "O");
    assertThat(correct("Microsoft/B-ORG and Meta/B-LOC")).containsExactly("B-ORG", "O", "B-ORG");
    assertThat(correct("Amazon/B-LOC , the online retailer , cut"))
        .containsExactly("B-ORG", "O", "O", "O", "O", "O", "O");
  }

  @Test
  void aKnownCompanyThatNoListKnowsAsAPersonOrPlaceIsACompany() {
    assertThat(correct("Spotify/B-PER raised prices")).containsExactly("B-ORG", "O", "O");
    assertThat(correct("a jet to Zalando/B-LOC")).containsExactly("O", "O", "O", "B-ORG");
  }

  @Test
  void theRiverThePeopleAndTheCountriesStayAsTheyAre() {
    assertThat(correct("the Amazon/B-LOC said")).containsExactly("O", "B-LOC", "O");
    assertThat(correct("fires in the Amazon/B-LOC rainforest"))
        .containsExactly("O", "O", "O", "B-LOC", "O");
    assertThat(correct("Amazon/B-LOC flows east")).containsExactly("B-LOC", "O", "O");
    assertThat(correct("Fox/B-PER said")).containsExactly("B-PER", "O");
    assertThat(correct("Jordan/B-LOC said")).containsExactly("B-LOC", "O");
  }

  @Test
  void aCompanyOnceSaidIsACompanyInTheRestOfTheDocument() {
    List<String[]> words =
        List.of(
            "Amazon said".split(" "),
            "Anthropic uses Amazon".split(" "),
            "in the Amazon".split(" "));
    String[][] tags = {{"B-LOC", "O"}, {"B-ORG", "O", "B-LOC"}, {"O", "O", "B-LOC"}};
    String[][] out = CUES.correct(words, tags);
    assertThat(out[0]).containsExactly("B-ORG", "O");
    assertThat(out[1]).containsExactly("B-ORG", "O", "B-ORG");
    assertThat(out[2]).as("the river").containsExactly("O", "O", "B-LOC");
  }

  @Test
  void aBrandThatIsAPersonsSurnameInTheDocumentStaysAPerson() {
    List<String[]> words = List.of("Anna Stripe spoke".split(" "), "Stripe will".split(" "));
    String[][] tags = {{"B-PER", "I-PER", "O"}, {"B-PER", "O"}};
    assertThat(CUES.correct(words, tags)[1]).containsExactly("B-PER", "O");
    assertThat(CUES.correct(List.<String[]>of(words.get(1)), new String[][] {tags[1]})[0])
        .as("without the full name")
        .containsExactly("B-ORG", "O");
  }

  @Test
  void theListNeitherOverridesTheTaggerNorReadsCapitals() {
    assertThat(correct("Norwegian/B-MISC officials")).containsExactly("B-MISC", "O");
    assertThat(correct("SHOPIFY REPORTED")).containsExactly("O", "O");
    assertThat(correct("Shopify Rival Shares")).containsExactly("O", "O", "O");
  }
}
