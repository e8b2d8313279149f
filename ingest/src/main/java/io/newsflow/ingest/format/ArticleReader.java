package io.newsflow.ingest.format;

import io.newsflow.common.text.ArticleCleaner;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import org.w3c.dom.Element;

/**
 * Reads articles from bytes in any supported format, recognized by content (the first non-space
 * character, the XML root element), never by file name: a brace or bracket is JSON (newsflow's own
 * shape or ninjs, one, an array, or JSON lines), {@code <} is XML (NewsML 1.2, NewsML-G2, NITF,
 * RSS, Atom) or an HTML page, anything else plain text (UTF-8).
 *
 * <p>Never throws on bad input: every item comes back accepted or rejected with a precise reason.
 * Immutable and thread-safe.
 */
public final class ArticleReader {
  private final ReadLimits limits;
  private final ArticleFactory factory;
  private final JsonFormat json;
  private final NewsMl1Format newsMl1;
  private final NewsMlG2Format newsMlG2;
  private final NitfFormat nitf;
  private final FeedFormat feeds;
  private final HtmlPageFormat htmlPage;
  private final PlainTextFormat plainText;

  /** The default limits (1 MB an article), the system clock in UTC. */
  public ArticleReader() {
    this(ReadLimits.defaults(), Clock.systemUTC());
  }

  public ArticleReader(ReadLimits limits, Clock clock) {
    this(limits, clock, new ArticleCleaner());
  }

  public ArticleReader(ReadLimits limits, Clock clock, ArticleCleaner cleaner) {
    this.limits = limits;
    this.factory = new ArticleFactory(cleaner, limits, clock);
    this.json = new JsonFormat(factory);
    this.newsMl1 = new NewsMl1Format(factory);
    this.newsMlG2 = new NewsMlG2Format(factory);
    this.nitf = new NitfFormat(factory);
    this.feeds = new FeedFormat(factory);
    this.htmlPage = new HtmlPageFormat(factory);
    this.plainText = new PlainTextFormat(factory);
  }

  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads one input; {@code sourceName} becomes the articles' source unless they name their own.
   */
  public ReadResult read(byte[] bytes, String sourceName) {
    return read(bytes, bytes.length, sourceName);
  }

  /**
   * Reads one input of which only the first {@code bytes.length} of {@code totalSize} bytes were
   * read (a source stops reading past {@link ReadLimits#maxInputBytes()}); a truncated input is
   * rejected as too large, with what was read as its dead letter.
   */
  public ReadResult read(byte[] bytes, long totalSize, String sourceName) {
    Format format = detect(bytes);
    // The whole input is bounded here; each article in it (a whole single-article input, a JSON
    // line, a feed item) is bounded by maxItemBytes when it is built.
    if (totalSize > limits.maxInputBytes() || totalSize > bytes.length) {
      long limit = totalSize > limits.maxInputBytes() ? limits.maxInputBytes() : bytes.length;
      return ReadResult.rejected(
          format, RejectReason.TOO_LARGE, ReadLimits.tooLarge(totalSize, limit), bytes);
    }
    try {
      return switch (format) {
        case JSON, JSON_LINES, NINJS -> json.read(bytes, sourceName);
        case PLAIN_TEXT -> textOrReject(bytes, sourceName);
        case HTML -> htmlPage.read(bytes, sourceName);
        default -> readXml(bytes, sourceName);
      };
    } catch (RuntimeException | StackOverflowError e) {
      // A reader bug must not end the source that called (a folder would stop at this file): the
      // input is rejected like any other, and the message says it was the reader that failed.
      return ReadResult.rejected(
          format, RejectReason.UNREADABLE, format.label() + ": the reader failed: " + e, bytes);
    }
  }

  private ReadResult textOrReject(byte[] bytes, String sourceName) {
    if (bytes.length >= 2
        && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
            || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
      // XML and HTML read their byte-order mark themselves; text and JSON are UTF-8 only
      Format inner =
          detect(new String(bytes, StandardCharsets.UTF_16).getBytes(StandardCharsets.UTF_8));
      if (inner == Format.HTML) {
        return htmlPage.read(bytes, sourceName);
      }
      if (inner == Format.UNKNOWN) {
        return readXml(bytes, sourceName);
      }
      return ReadResult.rejected(
          Format.PLAIN_TEXT,
          RejectReason.UNREADABLE,
          "text: UTF-16 (it starts with a UTF-16 byte-order mark); send UTF-8",
          bytes);
    }
    String text;
    try {
      text = decodeUtf8(bytes);
    } catch (CharacterCodingException e) {
      return ReadResult.rejected(
          Format.PLAIN_TEXT,
          RejectReason.UNREADABLE,
          "text: not UTF-8 (" + e.getMessage() + ")",
          bytes);
    }
    if (text.indexOf('\u0000') >= 0) {
      return ReadResult.rejected(
          Format.PLAIN_TEXT, RejectReason.UNREADABLE, "text: binary content (NUL bytes)", bytes);
    }
    return plainText.read(text, bytes, sourceName);
  }

  private ReadResult readXml(byte[] bytes, String sourceName) {
    Element root;
    try {
      root = Xml.parse(bytes).getDocumentElement();
    } catch (Xml.XmlException e) {
      return ReadResult.rejected(
          Format.UNKNOWN, RejectReason.UNREADABLE, "xml: " + e.getMessage(), bytes);
    }
    String name = Xml.localName(root);
    return switch (name) {
      case "NewsML" -> newsMl1.read(root, bytes, sourceName);
      case "newsItem", "newsMessage" -> newsMlG2.read(root, bytes, sourceName);
      case "nitf" -> nitf.read(root, bytes, sourceName);
      case "rss" -> feeds.readRss(root, bytes, sourceName);
      case "feed", "entry" -> feeds.readAtom(root, bytes, sourceName);
      case "html" -> htmlPage.read(bytes, sourceName);
      default ->
          ReadResult.rejected(
              Format.UNKNOWN,
              RejectReason.UNSUPPORTED_FORMAT,
              "xml: unsupported root element <"
                  + name
                  + "> (expected NewsML, newsItem, newsMessage, nitf, rss, feed or entry)",
              bytes);
    };
  }

  /**
   * The format by content: first non-space character, then for markup the root element. JSON
   * containers and markup roots are told apart again once parsed.
   */
  public static Format detect(byte[] bytes) {
    int i = skipBomAndSpace(bytes);
    if (i >= bytes.length) {
      return Format
          .PLAIN_TEXT; // empty: the text reader rejects it as having no headline and no body
    }
    char first = (char) bytes[i];
    if (first == '{' || first == '[' && looksLikeJsonArray(bytes, i + 1)) {
      return Format.JSON;
    }
    if (first == '<') {
      String head =
          new String(bytes, i, Math.min(bytes.length - i, 512), StandardCharsets.UTF_8)
              .toLowerCase(Locale.ROOT);
      if (head.startsWith("<!doctype html")
          || head.startsWith("<html")
          || head.startsWith("<!--") && head.contains("<html")) {
        return Format.HTML;
      }
      return Format.UNKNOWN; // XML: the root element decides after parsing
    }
    return Format.PLAIN_TEXT;
  }

  /** "[{...}]" is JSON; "[UPDATE 2] Rates rise" is a plain-text headline. */
  private static boolean looksLikeJsonArray(byte[] bytes, int from) {
    int i = from;
    while (i < bytes.length && Character.isWhitespace(bytes[i])) {
      i++;
    }
    if (i >= bytes.length) {
      return true;
    }
    char next = (char) bytes[i];
    if ("{[\"]-".indexOf(next) >= 0 || Character.isDigit(next)) {
      return true;
    }
    String rest = new String(bytes, i, Math.min(5, bytes.length - i), StandardCharsets.US_ASCII);
    return rest.startsWith("true") || rest.startsWith("false") || rest.startsWith("null");
  }

  private static int skipBomAndSpace(byte[] bytes) {
    int i = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF) {
      i = 3;
    }
    while (i < bytes.length && Character.isWhitespace(bytes[i])) {
      i++;
    }
    return i;
  }

  private static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
    String text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
