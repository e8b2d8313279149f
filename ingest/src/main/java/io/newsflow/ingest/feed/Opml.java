package io.newsflow.ingest.feed;

import io.newsflow.common.config.Durations;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A list of feeds as feed readers export it: OPML, where every {@code outline} with an {@code
 * xmlUrl} is a feed, however deeply folders nest them. An outline may set its own poll interval
 * with a {@code pollInterval} attribute ({@code 15m}, {@code PT1H}); the others get the default.
 * Read with DTDs and external entities off, so a list cannot make ingest read files or the network.
 */
public final class Opml {
  /** An OPML document's start: an optional prolog and comments, then the {@code opml} element. */
  private static final Pattern START =
      Pattern.compile(
          "^\\uFEFF?\\s*(<\\?xml[^>]*\\?>\\s*)?(<!--.*?-->\\s*)*<opml[\\s>]", Pattern.DOTALL);

  private static final int SNIFFED_BYTES = 4096;

  private Opml() {}

  /** Whether {@code file} is an OPML list (by its name or its first element). */
  public static boolean is(Path file) {
    if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".opml")) {
      return true;
    }
    try (InputStream in = Files.newInputStream(file)) {
      String head = new String(in.readNBytes(SNIFFED_BYTES), StandardCharsets.UTF_8);
      return START.matcher(head).find();
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The feeds in {@code file}, each once, in the order listed.
   *
   * @throws IllegalArgumentException with a message for the user when it cannot be read as OPML
   */
  public static List<Feed> feeds(Path file, Duration defaultInterval) {
    Map<URI, Feed> feeds = new LinkedHashMap<>();
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = factory().createXMLStreamReader(in);
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT
              && xml.getLocalName().equals("outline")) {
            String url = attribute(xml, "xmlUrl");
            if (url != null && !url.isBlank()) {
              Feed feed = feed(url.strip(), attribute(xml, "pollInterval"), defaultInterval);
              feeds.putIfAbsent(feed.url(), feed);
            }
          }
        }
      } finally {
        xml.close();
      }
    } catch (IOException | XMLStreamException e) {
      throw new IllegalArgumentException(
          "cannot read the OPML list " + file + ": " + e.getMessage());
    }
    if (feeds.isEmpty()) {
      throw new IllegalArgumentException(
          "the OPML list " + file + " names no feed (no outline with an xmlUrl)");
    }
    return new ArrayList<>(feeds.values());
  }

  private static Feed feed(String url, String interval, Duration defaultInterval) {
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      throw new IllegalArgumentException("not an http(s) feed URL: " + url);
    }
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a valid feed URL: " + url);
    }
    try {
      return new Feed(
          uri,
          interval == null ? defaultInterval : Durations.parse("pollInterval of " + url, interval));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  private static String attribute(XMLStreamReader xml, String name) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      if (xml.getAttributeLocalName(i).equals(name)) {
        return xml.getAttributeValue(i);
      }
    }
    return null;
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory;
  }
}
