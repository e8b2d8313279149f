package io.newsflow.sink.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.common.article.EntityType;
import io.newsflow.sink.format.DownstreamFormat;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubscriptionFileTest {
  private final SubscriptionFile file =
      new SubscriptionFile(
          Map.of("HOOK_SECRET", "s3cret", "HOST", "127.0.0.1"),
          Set.of("news.enriched", "news.downstream"));

  @Test
  void readsTheContractsExampleWithItsEnvironmentVariable() {
    List<Subscription> subscriptions =
        file.parse(
            """
            subscriptions:
              - name: ukraine-negative
                match:
                  entity: [Ukraine, Kyiv]
                  type: [LOCATION]
                  sentiment: [negative]
                  language: [en]
                  source: [reuters]
                  keyword: [ceasefire]
                to: topic:alerts.ukraine
                format: enriched
              - name: hook
                to: http://${HOST}:8080/in
                format: ninjs
                secret: ${HOOK_SECRET}
                attempts: 3
                backoff: 100ms
                timeout: 2s
            """);

    assertThat(subscriptions).hasSize(2);
    Subscription first = subscriptions.get(0);
    assertThat(first.name()).isEqualTo("ukraine-negative");
    assertThat(first.target()).isEqualTo(new Target.Topic("alerts.ukraine"));
    assertThat(first.format()).isEqualTo(DownstreamFormat.ENRICHED);
    assertThat(first.match().entities().names()).containsExactly("Ukraine", "Kyiv");
    assertThat(first.match().entities().types()).containsExactly(EntityType.LOCATION);
    assertThat(first.match().sentiments()).containsExactly("negative");
    assertThat(first.match().languages()).containsExactly("en");
    assertThat(first.match().sources()).containsExactly("reuters");
    assertThat(first.tuning()).isEqualTo(Subscription.Tuning.DEFAULTS);

    Subscription hook = subscriptions.get(1);
    assertThat(hook.target()).isEqualTo(new Target.Webhook(URI.create("http://127.0.0.1:8080/in")));
    assertThat(hook.secret()).contains("s3cret");
    assertThat(hook.format()).isEqualTo(DownstreamFormat.NINJS);
    assertThat(hook.match()).isEqualTo(Match.everything());
    assertThat(hook.tuning().attempts()).isEqualTo(3);
    assertThat(hook.tuning().backoff()).isEqualTo(Duration.ofMillis(100));
    assertThat(hook.tuning().timeout()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void readsJsonAndScalarsAsOneValueListsAndAScoreRange() {
    List<Subscription> subscriptions =
        file.parse(
            """
            {"subscriptions": [
              {"name": "gloom", "to": "file:/tmp/gloom.jsonl", "rotateBytes": 4096,
               "match": {"entity": "Kyiv", "sentiment": {"min": -1.0, "max": -0.2}}},
              {"name": "contract-form", "to": "file:out.jsonl",
               "match": {"sentiment": {"score": {"min": 0.5}}}}
            ]}
            """);

    Subscription gloom = subscriptions.get(0);
    assertThat(gloom.target()).isEqualTo(new Target.File(Path.of("/tmp/gloom.jsonl")));
    assertThat(gloom.tuning().rotateBytes()).isEqualTo(4096);
    assertThat(gloom.match().entities().names()).containsExactly("Kyiv");
    assertThat(gloom.match().score()).contains(new Match.ScoreRange(-1.0, -0.2));
    assertThat(subscriptions.get(1).match().score()).contains(new Match.ScoreRange(0.5, 1.0));
  }

  @Test
  void acceptsTheRetiredQueueSettingAndIgnoresIt() {
    List<Subscription> subscriptions =
        file.parse("subscriptions:\n  - {name: a, to: 'file:a.jsonl', queue: 5}\n");

    assertThat(subscriptions)
        .singleElement()
        .extracting(Subscription::tuning)
        .isEqualTo(Subscription.Tuning.DEFAULTS);
  }

  @Test
  void refusesUnknownFieldsNamingThem() {
    assertRefused(
        "subscriptions:\n  - name: a\n    to: topic:x\n    tpye: PERSON\n", "unknown field 'tpye'");
    assertRefused(
        "subscriptions:\n  - name: a\n    to: topic:x\n    match: {entitiy: [Kyiv]}\n",
        "unknown field 'entitiy'");
    assertRefused("subscription:\n  - name: a\n", "'subscriptions:'");
  }

  @Test
  void refusesDuplicateNames() {
    assertRefused(
        "subscriptions:\n  - {name: a, to: 'topic:x'}\n  - {name: a, to: 'topic:y'}\n",
        "two subscriptions are named 'a'");
  }

  @Test
  void refusesBadTargets() {
    assertRefused("subscriptions:\n  - {name: a, to: 'kafka:x'}\n", "bad target");
    assertRefused("subscriptions:\n  - {name: a, to: 'topic:no spaces'}\n", "bad target");
    assertRefused("subscriptions:\n  - {name: a, to: 'topic:news.enriched'}\n", "pipeline itself");
    assertRefused("subscriptions:\n  - {name: a, to: 'file:'}\n", "bad target");
    assertRefused("subscriptions:\n  - {name: a, to: 'http:///nohost'}\n", "bad target");
    assertRefused("subscriptions:\n  - {name: a}\n", "'to' is missing");
    assertRefused(
        "subscriptions:\n  - {name: a, to: 'topic:x', secret: s}\n", "for webhook targets only");
  }

  @Test
  void refusesBadScoreRangesAndLabels() {
    assertRefused(
        "subscriptions:\n  - {name: a, to: 'topic:x', match: {sentiment: {min: 0.5, max: 0.1}}}\n",
        "bad score range");
    assertRefused(
        "subscriptions:\n  - {name: a, to: 'topic:x', match: {sentiment: {max: 2}}}\n",
        "bad score range");
    assertRefused(
        "subscriptions:\n  - {name: a, to: 'topic:x', match: {sentiment: [gloomy]}}\n",
        "not positive, neutral or negative");
    assertRefused(
        "subscriptions:\n  - {name: a, to: 'topic:x', match: {type: [PLANET]}}\n",
        "PERSON, ORGANIZATION, LOCATION or MISC");
  }

  @Test
  void refusesAnUnsetVariableAndOtherMistakes() {
    assertRefused(
        "subscriptions:\n  - {name: a, to: 'http://h/x', secret: '${NOT_SET}'}\n",
        "NOT_SET is not set");
    assertRefused(
        "subscriptions:\n  - {name: a, to: 'topic:x', format: xml}\n", "enriched or ninjs");
    assertRefused("subscriptions:\n  - {name: a, to: 'topic:x', attempts: 0}\n", "above 0");
    assertRefused("subscriptions:\n  - {name: a, to: 'topic:x', to: 'topic:y'}\n", "Duplicate");
    assertRefused("subscriptions: [\n", "not YAML or JSON");
  }

  private void assertRefused(String text, String why) {
    assertThatThrownBy(() -> file.parse(text))
        .isInstanceOf(SubscriptionException.class)
        .hasMessageContaining(why);
  }

  @Test
  void anEmptyListIsNoSubscriptions() {
    assertThat(file.parse("subscriptions: []\n")).isEmpty();
  }
}
