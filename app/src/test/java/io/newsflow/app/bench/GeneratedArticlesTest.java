package io.newsflow.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.common.article.Article;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class GeneratedArticlesTest {
  @Test
  void everyRunSendsTheSameTextsAndNoneIsACopyOfAnother() {
    List<Article> first = take(GeneratedArticles.fromBundledSamples(), 2_000);
    List<Article> second = take(GeneratedArticles.fromBundledSamples(), 2_000);
    assertThat(first)
        .extracting(Article::body)
        .isEqualTo(second.stream().map(Article::body).toList());
    Set<String> texts = new HashSet<>();
    first.forEach(a -> texts.add(a.headline() + "\n" + a.body()));
    assertThat(texts).hasSize(first.size());
    assertThat(first).allSatisfy(a -> assertThat(a.body()).hasSizeGreaterThan(200));
  }

  private static List<Article> take(GeneratedArticles articles, int count) {
    return LongStream.range(0, count).mapToObj(articles::next).toList();
  }
}
