package io.newsflow.ingest.format;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reduces HTML, XHTML and NITF markup to text: block elements become paragraphs ({@code "\n\n"}),
 * {@code <br>} a line break, inline whitespace one space. Scripts, forms, navigation, figures and
 * elements whose class or id names them as furniture (cookie, share, newsletter, ad...) are dropped
 * before the text is taken. The result still goes through the article cleaner.
 */
final class HtmlText {
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "section",
          "article",
          "header",
          "main",
          "table",
          "tr",
          "hr",
          "address",
          "body",
          "html",
          "center",
          // NITF's own blocks
          "hl1",
          "hl2",
          "block",
          "body.content",
          "body.end",
          "abstract",
          "tagline",
          "bibliography",
          "nitf-table");

  private static final Set<String> DROPPED =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "form",
          "button",
          "input",
          "select",
          "textarea",
          "svg",
          "canvas",
          "nav",
          "aside",
          "footer",
          "figure",
          "figcaption",
          "head",
          "title",
          "meta",
          "link",
          "object",
          "embed",
          "video",
          "audio",
          "media",
          "media-caption",
          "body.head");

  /**
   * Class or id words that name furniture: "cookie-banner", "share_tools", "ad",
   * "newsletter-signup".
   */
  private static final Pattern FURNITURE_NAME =
      Pattern.compile(
          "(^|\\s)(cookie|cookies|consent|gdpr|share|sharing|social|newsletter|subscribe|advert|advertisement|ad|ads|promo|related|paywall|sidebar|breadcrumbs?)([-_][\\w-]*)?(\\s|$)");

  /*
   * "[^<>]*", not "[^>]*": a tag cannot hold a "<", and stopping there keeps a text of a hundred
   * thousand "<p " with no ">" linear instead of rescanning to its end from every "<p".
   */
  private static final Pattern HTML_TAG =
      Pattern.compile(
          "<(p|div|br|span|a|h[1-6]|ul|ol|li|section|article|em|strong|b|i|figure|img|blockquote|table)\\b[^<>]*>",
          Pattern.CASE_INSENSITIVE);

  private HtmlText() {}

  /** Whether text carries HTML markup rather than being plain text with a stray "<". */
  static boolean looksLikeHtml(String text) {
    return text != null && HTML_TAG.matcher(text).find();
  }

  static String fromHtml(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    return fromElement(Jsoup.parseBodyFragment(html).body());
  }

  /** Markup serialized from an XML document (XHTML or NITF inside NewsML), parsed as XML. */
  static String fromXml(String xml) {
    if (xml == null || xml.isBlank()) {
      return "";
    }
    return fromElement(Jsoup.parse(xml, "", Parser.xmlParser()));
  }

  static String fromElement(Element root) {
    Element copy = root.clone();
    copy.select("*").stream()
        .filter(element -> element != copy && isDropped(element))
        .toList()
        .forEach(Node::remove);
    StringBuilder text = new StringBuilder();
    NodeTraversor.traverse(new TextCollector(text), copy);
    return text.toString();
  }

  private static boolean isDropped(Element element) {
    if (DROPPED.contains(localName(element))) {
      return true;
    }
    String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
    return FURNITURE_NAME.matcher(names).find();
  }

  static String localName(Element element) {
    String name = element.normalName();
    int colon = name.indexOf(':');
    return colon < 0 ? name : name.substring(colon + 1);
  }

  private record TextCollector(StringBuilder text) implements NodeVisitor {
    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode textNode) {
        text.append(textNode.getWholeText().replaceAll("\\s+", " "));
      } else if (node instanceof Element element) {
        String name = localName(element);
        if (name.equals("br")) {
          text.append('\n');
        } else if (BLOCKS.contains(name)) {
          text.append("\n\n");
        } else if (name.equals("td") || name.equals("th")) {
          text.append(' ');
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element && BLOCKS.contains(localName(element))) {
        text.append("\n\n");
      }
    }
  }
}
