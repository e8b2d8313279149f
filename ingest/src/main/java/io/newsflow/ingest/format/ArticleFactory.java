package io.newsflow.ingest.format;

import io.newsflow.common.article.Article;
import io.newsflow.common.article.ArticleIds;
import io.newsflow.common.text.ArticleCleaner;
import java.time.Clock;

/**
 * Turns a {@link Draft} into an {@link Article}, or a rejection: checks the size, reduces HTML to
 * text, cleans, requires a headline or a body, and gives it a stable id (the source's own, else a
 * hash of the cleaned content) and the time it was received.
 */
final class ArticleFactory {
  private final ArticleCleaner cleaner;
  private final ReadLimits limits;
  private final Clock clock;

  ArticleFactory(ArticleCleaner cleaner, ReadLimits limits, Clock clock) {
    this.cleaner = cleaner;
    this.limits = limits;
    this.clock = clock;
  }

  Parsed create(Format format, Draft draft, String sourceName) {
    if (draft.original().length > limits.maxItemBytes()) {
      return Parsed.rejected(
          RejectReason.TOO_LARGE,
          ReadLimits.tooLarge(draft.original().length, limits.maxItemBytes()),
          draft.original());
    }
    String headline = cleaner.cleanHeadline(draft.headline());
    String bodyText = draft.bodyIsHtml() ? HtmlText.fromHtml(draft.body()) : draft.body();
    String body = cleaner.cleanBody(bodyText);
    if (headline.isEmpty() && body.isEmpty()) {
      return Parsed.rejected(
          RejectReason.EMPTY, format.label() + ": no headline and no body", draft.original());
    }
    String id = blank(draft.id()) ? ArticleIds.contentId(headline, body) : draft.id().strip();
    String source = blank(draft.source()) ? sourceName : draft.source().strip();
    return Parsed.accepted(
        new Article(
            id,
            source,
            blank(draft.url()) ? null : draft.url().strip(),
            headline,
            body,
            blank(draft.language()) ? null : draft.language().strip(),
            draft.published(),
            clock.instant()));
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
