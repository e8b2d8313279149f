package io.newsflow.ingest.format;

import static io.newsflow.ingest.format.Readers.NOW;
import static io.newsflow.ingest.format.Readers.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.common.article.Article;
import io.newsflow.common.article.ArticleIds;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormatsTest {

  @Test
  void plainTextFirstNonEmptyLineIsTheHeadline() {
    ReadResult result =
        read(
            "\n\n  Port strike ends after two weeks  \n\nDockers in Rotterdam returned to work.\n\nShipping lines expect delays.\n");
    assertThat(result.format()).isEqualTo(Format.PLAIN_TEXT);
    Article article = single(result);
    assertThat(article.headline()).isEqualTo("Port strike ends after two weeks");
    assertThat(article.body())
        .isEqualTo("Dockers in Rotterdam returned to work.\n\nShipping lines expect delays.");
    assertThat(article.source()).isEqualTo("test-source");
    assertThat(article.received()).isEqualTo(NOW);
    assertThat(article.id()).isEqualTo(ArticleIds.contentId(article.headline(), article.body()));
  }

  @Test
  void jsonObjectWithAllFields() {
    Article article =
        single(
            read(
                """
            {"id": "wire-42", "headline": "Rates held", "body": "The bank kept rates at 4%.",
             "source": "Example Wire", "url": "https://example.org/a/42",
             "published": "2024-03-01T09:30:00+01:00", "language": "en", "extra": [1, 2]}
            """));
    assertThat(article.id()).isEqualTo("wire-42");
    assertThat(article.headline()).isEqualTo("Rates held");
    assertThat(article.body()).isEqualTo("The bank kept rates at 4%.");
    assertThat(article.source()).isEqualTo("Example Wire");
    assertThat(article.url()).isEqualTo("https://example.org/a/42");
    assertThat(article.published()).isEqualTo(Instant.parse("2024-03-01T08:30:00Z"));
    assertThat(article.language()).isEqualTo("en");
  }

  @Test
  void jsonBodyWithHtmlIsReducedToParagraphs() {
    Article article =
        single(
            read(
                "{\"headline\": \"H\", \"body\": \"<p>One &amp; two.</p><div class=\\\"share-tools\\\">Share</div><p>Three<br>four.</p>\"}"));
    assertThat(article.body()).isEqualTo("One & two.\n\nThree\nfour.");
  }

  @Test
  void jsonLinesGiveOneArticleEachAndRejectBadLinesPrecisely() {
    ReadResult result =
        read(
            """
            {"headline": "First", "body": "One."}
            {"headline": "Second", "body": "Two."}
            {"headline": "Third", "body": "Thr
            {"headline": "", "body": ""}
            """);
    assertThat(result.format()).isEqualTo(Format.JSON_LINES);
    assertThat(result.articles()).extracting(Article::headline).containsExactly("First", "Second");
    assertThat(result.rejections()).hasSize(2);
    assertThat(result.rejections().get(0).reason()).isEqualTo(RejectReason.UNREADABLE);
    assertThat(result.rejections().get(0).message()).startsWith("json lines: line 3: ");
    assertThat(new String(result.rejections().get(0).original()))
        .isEqualTo("{\"headline\": \"Third\", \"body\": \"Thr");
    assertThat(result.rejections().get(1).reason()).isEqualTo(RejectReason.EMPTY);
    assertThat(result.rejections().get(1).message())
        .isEqualTo("json lines: no headline and no body");
  }

  @Test
  void truncatedJsonIsRejectedWithTheLine() {
    ReadResult result = read("{\n  \"headline\": \"Cut off\",\n  \"body\": \"text\"\n");
    assertThat(result.articles()).isEmpty();
    Rejection rejection = result.rejections().get(0);
    assertThat(rejection.reason()).isEqualTo(RejectReason.UNREADABLE);
    assertThat(rejection.message()).isEqualTo("json: unexpected end of input at line 4, column 1");
  }

  @Test
  void jsonArrayOfArticles() {
    ReadResult result =
        read("[{\"headline\": \"A\", \"body\": \"a\"}, {\"headline\": \"B\", \"body\": \"b\"}, 3]");
    assertThat(result.articles()).extracting(Article::headline).containsExactly("A", "B");
    assertThat(result.rejections())
        .singleElement()
        .extracting(Rejection::reason)
        .isEqualTo(RejectReason.UNSUPPORTED_FORMAT);
  }

  @Test
  void ninjsThreeWithHeadlinesAndBodies() {
    Article article =
        single(
            read(
                """
            {"uri": "urn:example:1", "type": "text", "versionCreated": "2024-05-01T10:00:00Z",
             "language": "en-GB", "copyrightHolder": "Example Agency",
             "headlines": [{"role": "sub", "value": "Sub"}, {"role": "main", "value": "Main headline"}],
             "bodies": [{"role": "main", "contentType": "text/plain", "value": "Plain."},
                        {"role": "richtext", "contentType": "text/html", "value": "<p>Rich one.</p><p>Rich two.</p>"}]}
            """));
    assertThat(article.id()).isEqualTo("urn:example:1");
    assertThat(article.headline()).isEqualTo("Main headline");
    assertThat(article.body()).isEqualTo("Rich one.\n\nRich two.");
    assertThat(article.language()).isEqualTo("en-GB");
    assertThat(article.source()).isEqualTo("Example Agency");
    assertThat(article.published()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
  }

  @Test
  void ninjsOneWithBodyText() {
    ReadResult result =
        read(
            "{\"uri\": \"http://example.org/1\", \"headline\": \"Old style\", \"body_text\": \"Text body.\", \"versioncreated\": \"2013-07-09T10:37:00Z\"}");
    assertThat(result.format()).isEqualTo(Format.NINJS);
    Article article = single(result);
    assertThat(article.id()).isEqualTo("http://example.org/1");
    assertThat(article.body()).isEqualTo("Text body.");
  }

  @Test
  void ninjsMediaItemsAreNotArticles() {
    ReadResult result =
        read("{\"uri\": \"urn:picture:1\", \"type\": \"picture\", \"headline\": \"A caption\"}");
    assertThat(result.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(RejectReason.UNSUPPORTED_FORMAT);
              assertThat(r.message()).isEqualTo("ninjs: type \"picture\" is media, not an article");
            });
  }

  @Test
  void ninjsWithoutHeadlineAndBodyIsRejected() {
    ReadResult result = read("{\"uri\": \"urn:text:1\", \"type\": \"text\"}");
    assertThat(result.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(RejectReason.EMPTY);
              assertThat(r.message()).isEqualTo("ninjs: no headline and no body");
            });
  }

  @Test
  void newsMl12Item() {
    Article article =
        single(
            read(
                """
            <?xml version="1.0" encoding="UTF-8"?>
            <NewsML Version="1.2">
              <NewsEnvelope><SentFrom><Party FormalName="Example Wire"/></SentFrom><DateAndTime>20240101T120000+0000</DateAndTime></NewsEnvelope>
              <NewsItem>
                <Identification><NewsIdentifier><ProviderId>example.org</ProviderId><DateId>20240101</DateId>
                  <NewsItemId>77</NewsItemId><RevisionId PreviousRevision="0" Update="N">3</RevisionId></NewsIdentifier></Identification>
                <NewsManagement><FirstCreated>20240101T100000+0000</FirstCreated><ThisRevisionCreated>20240101T113000+0100</ThisRevisionCreated></NewsManagement>
                <NewsComponent>
                  <DescriptiveMetadata><Language FormalName="en"/></DescriptiveMetadata>
                  <NewsLines><HeadLine>Flood warnings lifted</HeadLine></NewsLines>
                  <NewsComponent><Role FormalName="Body"/><ContentItem><MimeType FormalName="text/xhtml"/>
                    <DataContent><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Rivers fell overnight.</p><p>Roads reopened.</p></body></html></DataContent>
                  </ContentItem></NewsComponent>
                </NewsComponent>
              </NewsItem>
            </NewsML>
            """));
    assertThat(article.id()).isEqualTo("urn:newsml:example.org:20240101:77");
    assertThat(article.headline()).isEqualTo("Flood warnings lifted");
    assertThat(article.body()).isEqualTo("Rivers fell overnight.\n\nRoads reopened.");
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.source()).isEqualTo("Example Wire");
    assertThat(article.published()).isEqualTo(Instant.parse("2024-01-01T10:30:00Z"));
  }

  @Test
  void newsMlG2ItemWithNitf() {
    Article article =
        single(
            read(
                """
            <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.org:2024:g2-1" version="1" xml:lang="fr">
              <itemMeta><itemClass qcode="ninat:text"/><provider literal="Example"/><versionCreated>2024-02-02T08:00:00Z</versionCreated></itemMeta>
              <contentMeta><headline>Grève levée</headline></contentMeta>
              <contentSet><inlineXML contenttype="application/nitf+xml">
                <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body>
                  <body.head><hedline><hl1>Grève levée</hl1></hedline><byline>Par A. Martin</byline></body.head>
                  <body.content><p>Les trains   circulent
                     de nouveau.</p><hl2>Suite</hl2><p>Fin.</p></body.content></body></nitf>
              </inlineXML></contentSet>
            </newsItem>
            """));
    assertThat(article.id()).isEqualTo("urn:newsml:example.org:2024:g2-1");
    assertThat(article.headline()).isEqualTo("Grève levée");
    assertThat(article.body()).isEqualTo("Les trains circulent de nouveau.\n\nSuite\n\nFin.");
    assertThat(article.language()).isEqualTo("fr");
    assertThat(article.source()).isEqualTo("Example");
  }

  @Test
  void rssItemsWithHtmlDescriptions() {
    ReadResult result =
        read(
            """
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
              <title>Example Feed</title><language>en-us</language>
              <item><title>First item</title><link>https://example.org/1</link><guid>ex-1</guid>
                <pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>
                <description>&lt;p&gt;Short.&lt;/p&gt;</description>
                <content:encoded><![CDATA[<p>Full one.</p><p>Read more</p>]]></content:encoded></item>
              <item><title>Second item</title><link>https://example.org/2</link><description>Plain summary.</description></item>
              <item><link>https://example.org/3</link></item>
            </channel></rss>
            """);
    assertThat(result.format()).isEqualTo(Format.RSS);
    assertThat(result.articles()).hasSize(2);
    Article first = result.articles().get(0);
    assertThat(first.id()).isEqualTo("ex-1");
    assertThat(first.body()).isEqualTo("Full one.");
    assertThat(first.url()).isEqualTo("https://example.org/1");
    assertThat(first.source()).isEqualTo("Example Feed");
    assertThat(first.language()).isEqualTo("en-us");
    assertThat(first.published()).isEqualTo(Instant.parse("2003-06-10T04:00:00Z"));
    assertThat(result.articles().get(1).id()).isEqualTo("https://example.org/2");
    assertThat(result.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.message()).isEqualTo("rss: no headline and no body");
              assertThat(new String(r.original())).contains("https://example.org/3");
            });
  }

  @Test
  void atomEntries() {
    ReadResult result =
        read(
            """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de"><title>Beispiel</title>
              <entry><id>tag:example.org,2024:1</id><title>Eins</title>
                <link rel="alternate" href="https://example.org/eins"/><updated>2024-04-04T04:04:04Z</updated>
                <content type="html">&lt;p&gt;Erster Absatz.&lt;/p&gt;&lt;p&gt;Zweiter.&lt;/p&gt;</content></entry>
              <entry><id>tag:example.org,2024:2</id><title type="text">Zwei</title><summary>Kurz.</summary></entry>
            </feed>
            """);
    assertThat(result.format()).isEqualTo(Format.ATOM);
    assertThat(result.articles()).hasSize(2);
    Article first = result.articles().get(0);
    assertThat(first.id()).isEqualTo("tag:example.org,2024:1");
    assertThat(first.body()).isEqualTo("Erster Absatz.\n\nZweiter.");
    assertThat(first.url()).isEqualTo("https://example.org/eins");
    assertThat(first.language()).isEqualTo("de");
    assertThat(first.source()).isEqualTo("Beispiel");
    assertThat(result.articles().get(1).body()).isEqualTo("Kurz.");
  }

  @Test
  void htmlPageDropsFurniture() {
    Article article =
        single(
            read(
                """
            <!DOCTYPE html><html lang="en"><head><title>Site | Story</title>
            <link rel="canonical" href="https://example.org/story"></head>
            <body><nav>Home News Sport</nav>
            <div class="cookie-banner">We use cookies to improve your experience. Accept</div>
            <article><h1>Bridge reopens</h1><p>The bridge reopened on Monday.</p>
            <div class="share-buttons">Share this article Facebook Twitter</div>
            <p>Advertisement</p><p>Traffic is expected to ease.</p></article>
            <footer>Sign up for our newsletter</footer></body></html>
            """));
    assertThat(article.headline()).isEqualTo("Bridge reopens");
    assertThat(article.body())
        .isEqualTo("The bridge reopened on Monday.\n\nTraffic is expected to ease.");
    assertThat(article.url()).isEqualTo("https://example.org/story");
    assertThat(article.language()).isEqualTo("en");
  }

  @Test
  void htmlPageInItsDeclaredCharset() {
    byte[] latin1 =
        "<html><head><meta charset=\"ISO-8859-1\"></head><body><h1>Caf\u00e9 ferm\u00e9</h1><p>R\u00e9ouverture lundi.</p></body></html>"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Article article = single(Readers.reader().read(latin1, "page.html"));
    assertThat(article.headline()).isEqualTo("Caf\u00e9 ferm\u00e9");
    assertThat(article.body()).isEqualTo("R\u00e9ouverture lundi.");
  }

  @Test
  void xmlWithDoctypeIsRejectedAndNoEntityIsResolved() {
    ReadResult result =
        read(
            "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<rss><channel><item><title>&xxe;</title></item></channel></rss>");
    assertThat(result.articles()).isEmpty();
    assertThat(result.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(RejectReason.UNREADABLE);
              assertThat(r.message()).startsWith("xml: DOCTYPE declarations are not allowed");
            });
  }

  @Test
  void unknownXmlRootIsUnsupported() {
    ReadResult result = read("<invoice><total>3</total></invoice>");
    assertThat(result.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(RejectReason.UNSUPPORTED_FORMAT);
              assertThat(r.message()).startsWith("xml: unsupported root element <invoice>");
            });
  }

  @Test
  void malformedXmlNamesTheLine() {
    ReadResult result = read("<rss>\n<channel>\n<item><title>x</item>\n</channel></rss>");
    assertThat(result.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(RejectReason.UNREADABLE);
              assertThat(r.message()).startsWith("xml: ").contains("at line 3");
            });
  }

  @Test
  void emptyInputAndBinaryAreRejected() {
    assertThat(read("  \n \n").rejections())
        .singleElement()
        .extracting(Rejection::reason)
        .isEqualTo(RejectReason.EMPTY);
    byte[] notUtf8 = {'H', 'i', (byte) 0xC3, (byte) 0x28, '\n'};
    assertThat(Readers.reader().read(notUtf8, "bin").rejections())
        .singleElement()
        .satisfies(r -> assertThat(r.message()).startsWith("text: not UTF-8"));
  }

  @Test
  void detectionIsByContentNotName() {
    assertThat(
            ArticleReader.detect(
                "\uFEFF  {\"headline\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isEqualTo(Format.JSON);
    assertThat(ArticleReader.detect("  <!doctype html><p>".getBytes())).isEqualTo(Format.HTML);
    assertThat(ArticleReader.detect("Headline\nbody".getBytes())).isEqualTo(Format.PLAIN_TEXT);
    assertThat(
            read("<rss version=\"2.0\"><channel><title>t</title><item><title>x</title></item></channel></rss>")
                .format())
        .isEqualTo(Format.RSS);
  }

  @Test
  void aBracketedPlainTextHeadlineIsNotJson() {
    Article article = single(read("[UPDATE 2] Rates rise again\n\nThe bank raised rates."));
    assertThat(article.headline()).isEqualTo("[UPDATE 2] Rates rise again");
  }

  @Test
  void anArticleOverTheSizeLimitIsRejected() {
    String big = "Headline\n\n" + "x".repeat(1_363_149); // 1.3 MB
    ReadResult result = read(big);
    assertThat(result.articles()).isEmpty();
    assertThat(result.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(RejectReason.TOO_LARGE);
              assertThat(r.message()).isEqualTo("too large: 1.3 MB > limit 1 MB");
            });
    assertThat(read("Headline\n\n" + "x".repeat(1_048_566)).articles())
        .hasSize(1); // exactly 1,048,576 bytes
  }

  @Test
  void aTruncatedInputIsRejectedByItsTrueSize() {
    ReadResult result = Readers.reader().read("Head".getBytes(), 200L * 1_048_576, "huge.txt");
    assertThat(result.rejections())
        .singleElement()
        .satisfies(r -> assertThat(r.message()).isEqualTo("too large: 200 MB > limit 64 MB"));
  }

  @Test
  void theLimitIsConfigurable() {
    var config =
        new io.newsflow.common.config.Config(
            Map.of(ReadLimits.MAX_ARTICLE_BYTES, "2048"), Map.of(), Map.of());
    assertThat(ReadLimits.from(config).maxItemBytes()).isEqualTo(2048);
    assertThat(ReadLimits.from(io.newsflow.common.config.Config.empty()).maxItemBytes())
        .isEqualTo(1_048_576);
  }

  static Article single(ReadResult result) {
    assertThat(result.rejections()).isEmpty();
    assertThat(result.articles()).hasSize(1);
    return result.articles().get(0);
  }
}
