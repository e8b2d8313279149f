package io.newsflow.app.bench;

import io.newsflow.app.demo.DemoSamples;
import io.newsflow.common.article.Article;
import io.newsflow.ingest.format.ArticleReader;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Articles made up from the sentences of the bundled sample articles, recombined by a seeded random
 * generator: every run sends the same sequence of texts, each new, so that enrich's duplicate
 * marking treats none of them as a copy of another.
 */
final class GeneratedArticles implements ArticleSupply {
  static final long SEED = 42;

  /** A sentence ends at . ! or ? (perhaps closing a quote) before a capital, digit or quote. */
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=[.!?][\"”’]?)\\s+(?=[\"“\\p{Lu}\\p{Nd}])");

  private final List<String> headlines;
  private final List<String> sentences;
  private final Random random = new Random(SEED);

  GeneratedArticles(List<Article> samples) {
    this.headlines =
        samples.stream().map(Article::headline).filter(h -> h != null && !h.isBlank()).toList();
    this.sentences =
        samples.stream()
            .filter(a -> a.body() != null)
            .flatMap(a -> Arrays.stream(SENTENCE_END.split(a.body())))
            .map(String::strip)
            .filter(s -> s.length() >= 20)
            .toList();
    if (headlines.isEmpty() || sentences.size() < 10) {
      throw new IllegalArgumentException("too few sample sentences to make articles from");
    }
  }

  static GeneratedArticles fromBundledSamples() {
    return new GeneratedArticles(DemoSamples.articles(DemoSamples.bundled(), new ArticleReader()));
  }

  @Override
  public Article next(long n) {
    int count = 6 + random.nextInt(10);
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        body.append(i % 3 == 0 ? "\n\n" : " ");
      }
      body.append(sentences.get(random.nextInt(sentences.size())));
    }
    String headline = headlines.get(random.nextInt(headlines.size()));
    return new Article(
        "generated-" + n, "bench", null, headline, body.toString(), null, Instant.now(), null);
  }

  @Override
  public String description() {
    return "generated articles (sentences of the bundled samples recombined, seed " + SEED + ")";
  }
}
