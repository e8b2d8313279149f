package io.newsflow.ingest.format;

import static io.newsflow.ingest.format.Readers.read;
import static io.newsflow.ingest.format.Readers.reader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Regressions for the crashes and hangs the hostile corpus (app's HostileInputTest) found in the
 * readers.
 */
class HostileFormatsTest {
  @Test
  void xmlNestedDeeperThanTheLimitIsRejectedNotAStackOverflow() {
    ReadResult result =
        read(
            "<rss><channel><item><title>t</title><description>"
                + "<div>".repeat(100_000)
                + "x"
                + "</div>".repeat(100_000)
                + "</description></item></channel></rss>");
    assertThat(result.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(RejectReason.UNREADABLE);
              assertThat(r.message()).contains("nested 100004 deep", "limit is " + Xml.MAX_DEPTH);
            });
  }

  @Test
  void newsMlG2NestedDeepIsRejectedToo() {
    ReadResult result =
        read(
            "<newsItem><contentSet><inlineXML>"
                + "<p>".repeat(50_000)
                + "x"
                + "</p>".repeat(50_000)
                + "</inlineXML></contentSet></newsItem>");
    assertThat(result.rejections())
        .singleElement()
        .satisfies(r -> assertThat(r.message()).contains("nested"));
  }

  @Test
  void xmlJustUnderTheLimitIsRead() {
    ReadResult result =
        read(
            "<rss><channel><item><title>Deep</title><description>"
                + "<div>".repeat(Xml.MAX_DEPTH - 10)
                + "text"
                + "</div>".repeat(Xml.MAX_DEPTH - 10)
                + "</description></item></channel></rss>");
    assertThat(result.articles())
        .singleElement()
        .satisfies(a -> assertThat(a.body()).isEqualTo("text"));
  }

  @Test
  void aBodyOfUnclosedTagsIsReadInLinearTime() {
    // "[^>]*" rescanned to the end from every "<p": this took 220 s
    String json = "{\"headline\":\"Tags\",\"body\":\"" + "<p ".repeat(100_000) + "\"}";
    ReadResult result = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> read(json));
    assertThat(result.articles())
        .singleElement()
        .satisfies(a -> assertThat(a.body()).startsWith("<p <p"));
  }

  @Test
  void htmlIsStillRecognisedInText() {
    assertThat(HtmlText.looksLikeHtml("<p class=\"x\">a</p>")).isTrue();
    assertThat(HtmlText.looksLikeHtml("a <p but no end")).isFalse();
    assertThat(HtmlText.looksLikeHtml("1 < 2 and 3 > 2")).isFalse();
  }

  @Test
  void utf16TextIsRejectedSayingSo() {
    ReadResult result =
        reader().read("\uFEFFHeadline\nBody".getBytes(StandardCharsets.UTF_16LE), "test");
    assertThat(result.rejections())
        .singleElement()
        .satisfies(r -> assertThat(r.message()).contains("UTF-16"));
  }

  @Test
  void utf16XmlWithAByteOrderMarkIsRead() {
    byte[] rss =
        ("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss><channel><item><title>Talks</title>"
                + "<description>The talks resumed.</description></item></channel></rss>")
            .getBytes(StandardCharsets.UTF_16BE);
    ReadResult result = reader().read(rss, "test");
    assertThat(result.articles())
        .singleElement()
        .satisfies(a -> assertThat(a.headline()).isEqualTo("Talks"));
  }
}
