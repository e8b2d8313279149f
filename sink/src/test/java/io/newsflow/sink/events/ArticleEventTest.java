package io.newsflow.sink.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.common.article.ArticleFilter;
import io.newsflow.common.article.EntityType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class ArticleEventTest {
  private static final String ARTICLE =
      "{\"schema\":\"newsflow.enriched/1\",\"id\":\"a1\",\"headline\":\"Kyiv talks\","
          + "\"entities\":[{\"name\":\"Kyiv\",\"type\":\"LOCATION\",\"id\":\"kyiv\","
          + "\"mentions\":[{\"field\":\"headline\",\"start\":0,\"end\":4,\"text\":\"Kyiv\"}]}],"
          + "\"sentiment\":{\"score\":-0.4,\"label\":\"negative\"}}";

  @Test
  void aPrettyPrintedArticleIsSentAsOneLineOfTheSameJson() {
    String pretty = ARTICLE.replace(",", ",\n  ").replace("{", "{\n");
    ArticleEvent event = ArticleEvent.of(record("a1", pretty)).orElseThrow();
    assertThat(event.json()).doesNotContain("\n", "\r").isEqualTo(ARTICLE);
    assertThat(event.frame()).isEqualTo("id: a1\ndata: " + ARTICLE + "\n\n");
  }

  @Test
  void theIdIsTheKeyElseTheArticles() {
    assertThat(ArticleEvent.of(record("key-1", ARTICLE)).orElseThrow().id()).isEqualTo("key-1");
    assertThat(ArticleEvent.of(record(null, ARTICLE)).orElseThrow().id()).isEqualTo("a1");
  }

  @Test
  void aRecordWithoutAUsableIdOrNoJsonObjectIsNoEvent() {
    assertThat(ArticleEvent.of(record("a\nid: forged", ARTICLE))).isEmpty();
    assertThat(ArticleEvent.of(record(null, "{\"headline\":\"no id\"}"))).isEmpty();
    assertThat(ArticleEvent.of(record("a2", "not json"))).isEmpty();
    assertThat(ArticleEvent.of(record("a2", "[1, 2]"))).isEmpty();
  }

  @Test
  void matchesAsSubscribeDoes() {
    ArticleEvent event = ArticleEvent.of(record("a1", ARTICLE)).orElseThrow();
    assertThat(event.matches(filter("kyiv", EntityType.LOCATION))).isTrue();
    assertThat(event.matches(filter("kyiv", EntityType.PERSON))).isFalse();
    assertThat(event.matches(filter("Lviv", EntityType.LOCATION))).isFalse();
    assertThat(
            event.matches(
                new ArticleFilter(
                    List.of(), Optional.empty(), Optional.of(ArticleFilter.Label.positive))))
        .isFalse();

    ArticleEvent ninjs =
        ArticleEvent.of(record("n1", "{\"uri\":\"urn:n1\",\"headline\":\"Kyiv\"}")).orElseThrow();
    assertThat(ninjs.matches(ArticleFilter.everything())).isTrue();
    assertThat(ninjs.matches(filter("Kyiv", EntityType.LOCATION))).isFalse();
  }

  private static ArticleFilter filter(String entity, EntityType type) {
    return new ArticleFilter(List.of(entity), Optional.of(type), Optional.empty());
  }

  private static ConsumerRecord<String, byte[]> record(String key, String value) {
    return new ConsumerRecord<>(
        "news.downstream", 0, 7L, key, value.getBytes(StandardCharsets.UTF_8));
  }
}
