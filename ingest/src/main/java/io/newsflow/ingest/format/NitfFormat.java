package io.newsflow.ingest.format;

import java.util.List;
import org.w3c.dom.Element;

/** A standalone NITF document: {@code hedline/hl1} (else the head's title) and the body content. */
final class NitfFormat {
  private final ArticleFactory factory;

  NitfFormat(ArticleFactory factory) {
    this.factory = factory;
  }

  ReadResult read(Element root, byte[] bytes, String sourceName) {
    String headline =
        NewsMlG2Format.firstNonBlank(
            Xml.text(Xml.descendant(root, "hl1")), Xml.text(Xml.path(root, "head", "title")));
    Element docId = Xml.path(root, "head", "docdata", "doc-id");
    Element date = Xml.path(root, "head", "docdata", "date.issue");
    Draft draft =
        new Draft(
            Xml.attribute(docId, "id-string"),
            null,
            null,
            headline,
            Xml.contentText(Xml.child(root, "body")),
            false,
            Xml.language(root),
            Dates.parse(Xml.attribute(date, "norm")),
            bytes);
    return new ReadResult(Format.NITF, List.of(factory.create(Format.NITF, draft, sourceName)));
  }
}
