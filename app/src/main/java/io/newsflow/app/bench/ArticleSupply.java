package io.newsflow.app.bench;

import io.newsflow.common.article.Article;

/** Where the bench's articles come from. Called from one thread. */
interface ArticleSupply {
  /** The text of article number {@code n} (from 0); the bench gives it an id of the run's. */
  Article next(long n);

  /** What the articles are, for the table's heading. */
  String description();
}
