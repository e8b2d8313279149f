package io.newsflow.ingest.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * IPTC NewsML 1.2: each {@code NewsItem} of the {@code NewsML} envelope is an article. Headline:
 * the first {@code HeadLine}. Body: the {@code ContentItem} of the component whose {@code Role} is
 * Body, else the first textual one that is not a headline, logo, contact or style sheet. Id: the
 * item's URN without its revision ({@code urn:newsml:provider:date:item}), so revisions share it.
 */
final class NewsMl1Format {
  private static final Set<String> NOT_BODY =
      Set.of("stylesheet", "headline", "logo", "contact", "caption", "photo", "image");

  private final ArticleFactory factory;

  NewsMl1Format(ArticleFactory factory) {
    this.factory = factory;
  }

  ReadResult read(Element root, byte[] bytes, String sourceName) {
    List<Element> items = Xml.descendants(root, "NewsItem");
    if (items.isEmpty()) {
      return ReadResult.rejected(
          Format.NEWSML_1, RejectReason.EMPTY, "newsml 1.2: no NewsItem", bytes);
    }
    String envelopeSource = envelopeSource(root);
    List<Parsed> parsed = new ArrayList<>();
    for (Element item : items) {
      byte[] original = items.size() == 1 ? bytes : Xml.bytes(item);
      Element body = body(item);
      Element language = Xml.descendant(item, "Language");
      Element management = Xml.child(item, "NewsManagement");
      String published =
          management == null
              ? Xml.text(Xml.path(root, "NewsEnvelope", "DateAndTime"))
              : first(
                  Xml.text(Xml.child(management, "ThisRevisionCreated")),
                  Xml.text(Xml.child(management, "FirstCreated")));
      Draft draft =
          new Draft(
              id(item),
              envelopeSource,
              null,
              Xml.text(Xml.descendant(item, "HeadLine")),
              body == null ? null : Xml.contentText(body),
              false,
              Xml.attribute(language, "FormalName"),
              Dates.parse(published),
              original);
      parsed.add(factory.create(Format.NEWSML_1, draft, sourceName));
    }
    return new ReadResult(Format.NEWSML_1, parsed);
  }

  private static String id(Element item) {
    Element identifier = Xml.descendant(item, "NewsIdentifier");
    if (identifier == null) {
      return null;
    }
    String provider = Xml.text(Xml.child(identifier, "ProviderId"));
    String date = Xml.text(Xml.child(identifier, "DateId"));
    String itemId = Xml.text(Xml.child(identifier, "NewsItemId"));
    if (provider != null && date != null && itemId != null) {
      return "urn:newsml:" + provider.strip() + ":" + date.strip() + ":" + itemId.strip();
    }
    return Xml.text(Xml.child(identifier, "PublicIdentifier"));
  }

  private static String envelopeSource(Element root) {
    Element party = Xml.path(root, "NewsEnvelope", "SentFrom", "Party");
    String name = Xml.attribute(party, "FormalName");
    return name != null
        ? name
        : Xml.attribute(Xml.path(root, "NewsEnvelope", "NewsService"), "FormalName");
  }

  /** The DataContent of the body component. */
  private static Element body(Element item) {
    Element fallback = null;
    for (Element component : Xml.descendants(item, "NewsComponent")) {
      Element content = Xml.path(component, "ContentItem", "DataContent");
      if (content == null) {
        continue;
      }
      String role = lower(Xml.attribute(Xml.child(component, "Role"), "FormalName"));
      if (role.equals("body") || role.equals("main")) {
        return content;
      }
      String mime =
          lower(Xml.attribute(Xml.path(component, "ContentItem", "MimeType"), "FormalName"));
      boolean textual =
          mime.isEmpty()
              || mime.startsWith("text/") && !mime.equals("text/css")
              || mime.contains("xml");
      if (fallback == null && textual && !NOT_BODY.contains(role)) {
        fallback = content;
      }
    }
    return fallback;
  }

  private static String first(String a, String b) {
    return a != null && !a.isBlank() ? a : b;
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
