package io.newsflow.ingest.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;

/**
 * RSS 2.0 and Atom: every item or entry is an article. RSS: {@code title}, the full {@code
 * content:encoded} else {@code description}, {@code guid} else {@code link} as id, {@code pubDate}.
 * Atom: {@code title}, {@code content} else {@code summary}, {@code id}, the alternate {@code
 * link}, {@code published} else {@code updated}. The feed's title is the source.
 */
final class FeedFormat {
  private final ArticleFactory factory;

  FeedFormat(ArticleFactory factory) {
    this.factory = factory;
  }

  ReadResult readRss(Element root, byte[] bytes, String sourceName) {
    Element channel = Xml.child(root, "channel");
    if (channel == null) {
      return ReadResult.rejected(Format.RSS, RejectReason.EMPTY, "rss: no channel", bytes);
    }
    String feedTitle = Xml.text(Xml.child(channel, "title"));
    String feedLanguage = Xml.text(Xml.child(channel, "language"));
    List<Parsed> parsed = new ArrayList<>();
    for (Element item : Xml.children(channel, "item")) {
      String link = Xml.text(Xml.child(item, "link"));
      Element encoded = Xml.child(item, "encoded");
      String body = Xml.contentText(encoded != null ? encoded : Xml.child(item, "description"));
      Draft draft =
          new Draft(
              NewsMlG2Format.firstNonBlank(Xml.text(Xml.child(item, "guid")), link),
              NewsMlG2Format.firstNonBlank(Xml.text(Xml.child(item, "source")), feedTitle),
              link,
              plainTitle(Xml.child(item, "title")),
              body,
              false,
              NewsMlG2Format.firstNonBlank(Xml.text(Xml.child(item, "language")), feedLanguage),
              Dates.parse(
                  NewsMlG2Format.firstNonBlank(
                      Xml.text(Xml.child(item, "pubDate")), Xml.text(Xml.child(item, "date")))),
              Xml.bytes(item));
      parsed.add(factory.create(Format.RSS, draft, sourceName));
    }
    if (parsed.isEmpty()) {
      return ReadResult.rejected(Format.RSS, RejectReason.EMPTY, "rss: no items", bytes);
    }
    return new ReadResult(Format.RSS, parsed);
  }

  ReadResult readAtom(Element root, byte[] bytes, String sourceName) {
    boolean single = Xml.localName(root).equals("entry");
    List<Element> entries = single ? List.of(root) : Xml.children(root, "entry");
    String feedTitle = single ? null : plainTitle(Xml.child(root, "title"));
    List<Parsed> parsed = new ArrayList<>();
    for (Element entry : entries) {
      Element content = Xml.child(entry, "content");
      Element body =
          content != null && Xml.attribute(content, "src") == null
              ? content
              : Xml.child(entry, "summary");
      Element entrySource = Xml.child(entry, "source");
      Draft draft =
          new Draft(
              Xml.text(Xml.child(entry, "id")),
              NewsMlG2Format.firstNonBlank(
                  entrySource == null ? null : plainTitle(Xml.child(entrySource, "title")),
                  feedTitle),
              alternateLink(entry),
              plainTitle(Xml.child(entry, "title")),
              atomText(body),
              false,
              Xml.language(entry),
              Dates.parse(
                  NewsMlG2Format.firstNonBlank(
                      Xml.text(Xml.child(entry, "published")),
                      Xml.text(Xml.child(entry, "updated")))),
              single ? bytes : Xml.bytes(entry));
      parsed.add(factory.create(Format.ATOM, draft, sourceName));
    }
    if (parsed.isEmpty()) {
      return ReadResult.rejected(Format.ATOM, RejectReason.EMPTY, "atom: no entries", bytes);
    }
    return new ReadResult(Format.ATOM, parsed);
  }

  /** Atom text constructs: type "text" is text, "html" escaped markup, "xhtml" inline markup. */
  private static String atomText(Element element) {
    if (element == null) {
      return null;
    }
    String type = String.valueOf(Xml.attribute(element, "type")).toLowerCase(Locale.ROOT);
    if (type.equals("html") || type.equals("text/html")) {
      return HtmlText.fromHtml(element.getTextContent());
    }
    return Xml.contentText(element);
  }

  /** A title is one line of text; some feeds put escaped markup in it. */
  private static String plainTitle(Element title) {
    String text = Xml.text(title);
    return HtmlText.looksLikeHtml(text) ? HtmlText.fromHtml(text) : text;
  }

  private static String alternateLink(Element entry) {
    String fallback = null;
    for (Element link : Xml.children(entry, "link")) {
      String rel = Xml.attribute(link, "rel");
      String href = Xml.attribute(link, "href");
      if (rel == null || rel.equals("alternate")) {
        return href;
      }
      if (fallback == null) {
        fallback = href;
      }
    }
    return fallback;
  }
}
