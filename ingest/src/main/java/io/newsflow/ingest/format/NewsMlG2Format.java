package io.newsflow.ingest.format;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * IPTC NewsML-G2 {@code newsItem}, alone or in a {@code newsMessage}. Id: {@code @guid}. Headline:
 * {@code contentMeta/headline}. Body: {@code contentSet/inlineXML} (NITF or XHTML) or {@code
 * inlineData}. Published: {@code itemMeta/versionCreated}, else {@code firstCreated}, else {@code
 * contentMeta/contentCreated}. Source: the copyright holder, else the provider.
 */
final class NewsMlG2Format {
  private final ArticleFactory factory;

  NewsMlG2Format(ArticleFactory factory) {
    this.factory = factory;
  }

  ReadResult read(Element root, byte[] bytes, String sourceName) {
    List<Element> items =
        Xml.localName(root).equals("newsItem") ? List.of(root) : Xml.descendants(root, "newsItem");
    if (items.isEmpty()) {
      return ReadResult.rejected(
          Format.NEWSML_G2, RejectReason.EMPTY, "newsml-g2: no newsItem", bytes);
    }
    List<Parsed> parsed = new ArrayList<>();
    for (Element item : items) {
      byte[] original = items.size() == 1 ? bytes : Xml.bytes(item);
      Element meta = Xml.child(item, "itemMeta");
      Element content = Xml.child(item, "contentMeta");
      String language = Xml.attribute(Xml.path(item, "contentMeta", "language"), "tag");
      Draft draft =
          new Draft(
              Xml.attribute(item, "guid"),
              source(item),
              null,
              Xml.text(Xml.path(item, "contentMeta", "headline")),
              body(item),
              false,
              language != null ? language : Xml.language(item),
              Dates.parse(
                  firstNonBlank(
                      Xml.text(meta == null ? null : Xml.child(meta, "versionCreated")),
                      Xml.text(meta == null ? null : Xml.child(meta, "firstCreated")),
                      Xml.text(content == null ? null : Xml.child(content, "contentCreated")))),
              original);
      parsed.add(factory.create(Format.NEWSML_G2, draft, sourceName));
    }
    return new ReadResult(Format.NEWSML_G2, parsed);
  }

  private static String body(Element item) {
    Element contentSet = Xml.child(item, "contentSet");
    if (contentSet == null) {
      return null;
    }
    Element inline = Xml.child(contentSet, "inlineXML");
    if (inline != null) {
      return Xml.contentText(inline);
    }
    Element data = Xml.child(contentSet, "inlineData");
    return data == null ? null : Xml.contentText(data);
  }

  private static String source(Element item) {
    String holder = Xml.text(Xml.path(item, "rightsInfo", "copyrightHolder", "name"));
    if (holder != null && !holder.isBlank()) {
      return holder;
    }
    Element provider = Xml.path(item, "itemMeta", "provider");
    return firstNonBlank(
        provider == null ? null : Xml.text(Xml.child(provider, "name")),
        Xml.attribute(provider, "literal"),
        Xml.attribute(provider, "qcode"),
        Xml.attribute(provider, "uri"));
  }

  static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }
}
