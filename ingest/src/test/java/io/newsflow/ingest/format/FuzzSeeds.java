package io.newsflow.ingest.format;

import java.util.LinkedHashMap;
import java.util.Map;

/** One small valid document per parser: where the mutations start. */
final class FuzzSeeds {
  private FuzzSeeds() {}

  static Map<String, byte[]> byParser() {
    Map<String, String> seeds = new LinkedHashMap<>();
    seeds.put(
        "plain text",
        "Talks on Ukraine resume\nThe talks resumed in Brussels on Monday, officials said.\n\nShare this. Read more");
    seeds.put(
        "json",
        "{\"id\":\"a1\",\"headline\":\"Talks resume\",\"body\":\"<p>The talks resumed.</p>\",\"source\":\"wire\","
            + "\"url\":\"https://example.org/a1\",\"published\":\"2021-04-14T10:00:00Z\",\"language\":\"en\"}\n"
            + "{\"headline\":\"Second\",\"body\":\"Another story.\"}\n");
    seeds.put(
        "ninjs",
        "{\"uri\":\"urn:ninjs:1\",\"type\":\"text\",\"versioncreated\":\"2021-04-14T10:00:00+02:00\",\"language\":\"en\","
            + "\"headlines\":[{\"role\":\"main\",\"value\":\"Talks resume\"}],\"bodies\":[{\"role\":\"main\",\"contentType\":\"text/html\","
            + "\"value\":\"<p>The talks <b>resumed</b>.</p>\"}],\"infosources\":[{\"name\":\"Wire\"}],\"copyrightholder\":\"Wire\"}");
    seeds.put(
        "newsml 1.2",
        "<NewsML><NewsEnvelope><DateAndTime>20210414T100000+0000</DateAndTime></NewsEnvelope><NewsItem>"
            + "<Identification><NewsIdentifier><ProviderId>wire</ProviderId><DateId>20210414</DateId><NewsItemId>1</NewsItemId>"
            + "</NewsIdentifier></Identification><NewsComponent><NewsLines><HeadLine>Talks resume</HeadLine></NewsLines>"
            + "<NewsComponent><Role FormalName=\"Body\"/><ContentItem><MimeType FormalName=\"text/xml\"/><DataContent>"
            + "<p>The talks resumed.</p><p>Officials said so.</p></DataContent></ContentItem></NewsComponent></NewsComponent></NewsItem></NewsML>");
    seeds.put(
        "newsml-g2",
        "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"urn:g2:1\" xml:lang=\"en\"><itemMeta>"
            + "<versionCreated>2021-04-14T10:00:00Z</versionCreated><provider literal=\"Wire\"/></itemMeta><contentMeta>"
            + "<headline>Talks resume</headline></contentMeta><contentSet><inlineXML><nitf><body><body.content><p>The talks resumed.</p>"
            + "</body.content></body></nitf></inlineXML></contentSet></newsItem>");
    seeds.put(
        "rss",
        "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Feed</title>"
            + "<item><title>Talks resume</title><link>https://example.org/1</link><guid>g1</guid><pubDate>Wed, 14 Apr 2021 10:00:00 GMT</pubDate>"
            + "<description>&lt;p&gt;The talks resumed.&lt;/p&gt;</description></item><item><title>Second</title>"
            + "<content:encoded><![CDATA[<p>Another <i>story</i>.</p>]]></content:encoded></item></channel></rss>");
    seeds.put(
        "atom",
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Feed</title><entry><id>urn:a:1</id><title type=\"html\">"
            + "Talks &lt;b&gt;resume&lt;/b&gt;</title><link rel=\"alternate\" href=\"https://example.org/1\"/><updated>2021-04-14T10:00:00Z</updated>"
            + "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>The talks resumed.</p></div></content></entry></feed>");
    seeds.put(
        "html",
        "<!doctype html><html lang=\"en\"><head><title>Talks</title><meta property=\"og:site_name\" content=\"Wire\">"
            + "<link rel=\"canonical\" href=\"https://example.org/1\"><style>p{}</style></head><body><nav>Home</nav><article>"
            + "<h1>Talks resume</h1><p>The talks resumed.</p><div class=\"share-tools\">Share</div><script>x()</script></article></body></html>");
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    seeds.forEach((name, text) -> bytes.put(name, Mutations.utf8(text)));
    return bytes;
  }
}
