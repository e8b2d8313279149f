package io.newsflow.ingest.format;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A saved article web page. Headline: the first {@code h1} of the article (else {@code og:title},
 * else {@code <title>}). Body: {@code <article>}, else {@code <main>}, else {@code <body>}, with
 * navigation, forms and furniture dropped. Canonical link, {@code lang} and {@code
 * article:published_time} when the page has them.
 */
final class HtmlPageFormat {
  private final ArticleFactory factory;

  HtmlPageFormat(ArticleFactory factory) {
    this.factory = factory;
  }

  /**
   * Parses the bytes, so the page's own charset (BOM or {@code <meta charset>}) is honoured; UTF-8
   * if none.
   */
  ReadResult read(byte[] bytes, String sourceName) {
    Document page;
    try {
      page = Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, "");
    } catch (java.io.IOException e) {
      return ReadResult.rejected(
          Format.HTML, RejectReason.UNREADABLE, "html: " + e.getMessage(), bytes);
    }
    Element container = page.selectFirst("article");
    if (container == null) {
      container = page.selectFirst("main");
    }
    if (container == null) {
      container = page.body();
    }
    container = container.clone();
    Element h1 = container.selectFirst("h1");
    String headline;
    if (h1 != null) {
      headline = h1.text();
      h1.remove();
    } else {
      headline = NewsMlG2Format.firstNonBlank(meta(page, "og:title"), page.title());
    }
    Element canonical = page.selectFirst("link[rel=canonical]");
    Draft draft =
        new Draft(
            null,
            meta(page, "og:site_name"),
            NewsMlG2Format.firstNonBlank(
                canonical == null
                    ? null
                    : canonical.attr("abs:href").isEmpty()
                        ? canonical.attr("href")
                        : canonical.attr("abs:href"),
                meta(page, "og:url")),
            headline,
            HtmlText.fromElement(container),
            false,
            page.selectFirst("html") == null ? null : page.selectFirst("html").attr("lang"),
            Dates.parse(meta(page, "article:published_time")),
            bytes);
    return new ReadResult(Format.HTML, List.of(factory.create(Format.HTML, draft, sourceName)));
  }

  private static String meta(Document page, String property) {
    Element meta = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
    return meta == null ? null : meta.attr("content");
  }
}
