package io.newsflow.app.bench;

import io.newsflow.app.demo.DemoSamples;
import io.newsflow.app.demo.LiveWire;
import io.newsflow.common.article.Article;
import io.newsflow.ingest.format.ArticleReader;
import io.newsflow.ingest.format.ReadLimits;
import io.newsflow.ingest.source.FolderSource;
import io.newsflow.ingest.source.Receipt;
import io.newsflow.ingest.source.SourceItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The articles of a folder, read as ingest reads them (any input format, subfolders too), sent in
 * turn and again from the start when all are sent: the second time as the numbered updates the
 * demo's live wire sends, so that no replay is a copy of an article already sent.
 */
final class ReplayedArticles implements ArticleSupply {
  private final Path folder;
  private final List<Article> articles;

  private ReplayedArticles(Path folder, List<Article> articles) {
    this.folder = folder;
    this.articles = articles;
  }

  /** The articles in {@code folder}; an empty list when none of its files holds one. */
  static ReplayedArticles read(Path folder, ReadLimits limits) {
    List<SourceItem> items = new ArrayList<>();
    try (FolderSource source = new FolderSource(folder, true, limits)) {
      source.run(
          item -> {
            items.add(item);
            return new Receipt(List.of(), List.of());
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + folder + ": " + e.getMessage(), e);
    }
    return new ReplayedArticles(
        folder, DemoSamples.articles(items, new ArticleReader(limits, Clock.systemUTC())));
  }

  boolean isEmpty() {
    return articles.isEmpty();
  }

  @Override
  public Article next(long n) {
    Article article = articles.get((int) (n % articles.size()));
    long round = n / articles.size();
    return round == 0 ? article : LiveWire.update(article, round, Instant.now());
  }

  @Override
  public String description() {
    return articles.size()
        + (articles.size() == 1 ? " article" : " articles")
        + " from "
        + folder
        + ", replayed in turn";
  }
}
