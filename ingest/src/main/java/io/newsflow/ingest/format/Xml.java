package io.newsflow.ingest.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The JDK's XML parser, locked down: no DOCTYPE at all (so no external entities, no entity
 * expansion bombs, no network or file access), secure processing on. Plus the few helpers the news
 * formats need, all by local name so namespace prefixes do not matter.
 */
final class Xml {
  /*
   * Looking up and configuring the JAXP factories costs more than parsing a news item, so each is
   * built once; they are never changed afterwards, and every parse gets its own builder.
   */
  private static final DocumentBuilderFactory PARSERS = secureParsers();
  private static final TransformerFactory SERIALIZERS = secureSerializers();

  /*
   * The parser itself builds any depth without recursion, but serializing an element (the body of
   * an item, for the HTML reducer) recurses once a level: a hundred thousand nested elements
   * overflow the stack. News markup is a few levels deep; this is the limit Jackson sets for JSON.
   */
  static final int MAX_DEPTH = 1000;

  private Xml() {}

  /** How deep elements nest below the document, walked without recursion. */
  private static int depth(Document document) {
    int depth = 0;
    int deepest = 0;
    Node node = document.getDocumentElement();
    while (node != null) {
      if (node instanceof Element) {
        deepest = Math.max(deepest, depth + 1);
      }
      if (node.getFirstChild() != null) {
        node = node.getFirstChild();
        depth++;
        continue;
      }
      while (node != null && node.getNextSibling() == null) {
        node = node.getParentNode();
        depth--;
        if (node == document) {
          return deepest;
        }
      }
      node = node == null ? null : node.getNextSibling();
    }
    return deepest;
  }

  /** Why a document could not be parsed, with the line where the parser stopped. */
  static final class XmlException extends Exception {
    XmlException(String message) {
      super(message);
    }
  }

  static Document parse(byte[] bytes) throws XmlException {
    try {
      DocumentBuilder builder;
      synchronized (PARSERS) { // JAXP does not promise a factory is thread-safe
        builder = PARSERS.newDocumentBuilder();
      }
      builder.setErrorHandler(SILENT);
      builder.setEntityResolver(
          (publicId, systemId) -> {
            throw new SAXException("external entities are not allowed");
          });
      Document document = builder.parse(new InputSource(new ByteArrayInputStream(bytes)));
      int depth = depth(document);
      if (depth > MAX_DEPTH) {
        throw new XmlException(
            "elements nested " + depth + " deep (the limit is " + MAX_DEPTH + ")");
      }
      return document;
    } catch (SAXParseException e) {
      String message = e.getMessage() == null ? "malformed" : e.getMessage();
      if (message.contains("DOCTYPE")) {
        message = "DOCTYPE declarations are not allowed (external entities are disabled)";
      }
      throw new XmlException(
          message + " at line " + e.getLineNumber() + ", column " + e.getColumnNumber());
    } catch (SAXException | IOException e) {
      throw new XmlException(String.valueOf(e.getMessage()));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser supports these features", e);
    }
  }

  private static DocumentBuilderFactory secureParsers() {
    try {
      return configure(DocumentBuilderFactory.newInstance());
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser supports these features", e);
    }
  }

  private static TransformerFactory secureSerializers() {
    TransformerFactory factory = TransformerFactory.newInstance();
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
    return factory;
  }

  private static DocumentBuilderFactory configure(DocumentBuilderFactory factory)
      throws ParserConfigurationException {
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory;
  }

  /** The default handler prints to stderr; errors surface as exceptions instead. */
  private static final ErrorHandler SILENT =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) {}

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
          throw e;
        }
      };

  static String localName(Node node) {
    String name = node.getLocalName();
    return name != null ? name : node.getNodeName();
  }

  static List<Element> children(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && localName.equalsIgnoreCase(localName(element))) {
        found.add(element);
      }
    }
    return found;
  }

  static Element child(Element parent, String localName) {
    List<Element> found = children(parent, localName);
    return found.isEmpty() ? null : found.get(0);
  }

  /**
   * The first element at the end of a path of child names: {@code path(item, "contentMeta",
   * "headline")}.
   */
  static Element path(Element from, String... localNames) {
    Element current = from;
    for (String name : localNames) {
      if (current == null) {
        return null;
      }
      current = child(current, name);
    }
    return current;
  }

  static List<Element> descendants(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    NodeList all = parent.getElementsByTagNameNS("*", localName);
    for (int i = 0; i < all.getLength(); i++) {
      found.add((Element) all.item(i));
    }
    if (found.isEmpty()) { // a document parsed without namespaces
      NodeList plain = parent.getElementsByTagName(localName);
      for (int i = 0; i < plain.getLength(); i++) {
        found.add((Element) plain.item(i));
      }
    }
    return found;
  }

  static Element descendant(Element parent, String localName) {
    List<Element> found = descendants(parent, localName);
    return found.isEmpty() ? null : found.get(0);
  }

  static String text(Element element) {
    return element == null ? null : element.getTextContent();
  }

  static String attribute(Element element, String name) {
    if (element == null) {
      return null;
    }
    String value = element.getAttribute(name);
    return value.isEmpty() ? null : value;
  }

  /** {@code xml:lang} of the element or its nearest ancestor that has one. */
  static String language(Element element) {
    for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
      String lang = e.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
      if (!lang.isEmpty()) {
        return lang;
      }
    }
    return null;
  }

  /** Whether the element holds child elements (markup) rather than only text. */
  static boolean hasElementChildren(Element element) {
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element) {
        return true;
      }
    }
    return false;
  }

  static String serialize(Node node) {
    try {
      Transformer transformer;
      synchronized (SERIALIZERS) {
        transformer = SERIALIZERS.newTransformer();
      }
      transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      StringWriter out = new StringWriter();
      transformer.transform(new DOMSource(node), new StreamResult(out));
      return out.toString();
    } catch (TransformerException e) {
      throw new IllegalStateException("a parsed DOM always serializes", e);
    }
  }

  static byte[] bytes(Node node) {
    return serialize(node).getBytes(StandardCharsets.UTF_8);
  }

  /** The text of the element's markup (XHTML, NITF) as paragraphs, or its plain text. */
  static String contentText(Element element) {
    if (element == null) {
      return null;
    }
    if (!hasElementChildren(element)) {
      String text = element.getTextContent();
      return HtmlText.looksLikeHtml(text) ? HtmlText.fromHtml(text) : text;
    }
    return HtmlText.fromXml(serialize(element));
  }
}
