package io.newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpmlTest {
  private static final Duration DEFAULT = Duration.ofMinutes(5);

  @Test
  void everyOutlineWithAnXmlUrlIsAFeedHoweverDeepOnceEach(@TempDir Path tmp) throws Exception {
    Path list =
        Files.writeString(
            tmp.resolve("feeds.opml"),
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0">
              <head><title>Subscriptions</title></head>
              <body>
                <outline text="World">
                  <outline text="Wire" type="rss" xmlUrl="https://wire.example/rss"
                           htmlUrl="https://wire.example/"/>
                  <outline text="Europe">
                    <outline text="Deep" xmlUrl="http://deep.example/atom.xml" pollInterval="15m"/>
                  </outline>
                </outline>
                <outline text="Again" xmlUrl="https://wire.example/rss"/>
                <outline text="A page, not a feed" htmlUrl="https://page.example/"/>
              </body>
            </opml>
            """);
    assertThat(Opml.is(list)).isTrue();
    assertThat(Opml.feeds(list, DEFAULT))
        .containsExactly(
            new Feed(URI.create("https://wire.example/rss"), DEFAULT),
            new Feed(URI.create("http://deep.example/atom.xml"), Duration.ofMinutes(15)));
  }

  @Test
  void externalEntitiesAreNeverRead(@TempDir Path tmp) throws Exception {
    Path secret = Files.writeString(tmp.resolve("secret.txt"), "https://secret.example/");
    Path list =
        Files.writeString(
            tmp.resolve("evil.opml"),
            "<?xml version=\"1.0\"?>\n<!DOCTYPE opml [<!ENTITY x SYSTEM \""
                + secret.toUri()
                + "\">]>\n<opml><body><outline xmlUrl=\"&x;\"/>"
                + "<outline xmlUrl=\"https://fine.example/rss\"/></body></opml>");
    assertThatThrownBy(() -> Opml.feeds(list, DEFAULT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot read the OPML list")
        .hasMessageNotContaining("secret.example");
  }

  @Test
  void aListWithoutFeedsOrWithABadOneIsAnErrorForTheUser(@TempDir Path tmp) throws Exception {
    Path empty = Files.writeString(tmp.resolve("empty.opml"), "<opml><body/></opml>");
    Path badInterval =
        Files.writeString(
            tmp.resolve("bad.opml"),
            "<opml><body><outline xmlUrl=\"https://a.example/\" pollInterval=\"soon\"/></body></opml>");
    Path notHttp =
        Files.writeString(
            tmp.resolve("file.opml"),
            "<opml><body><outline xmlUrl=\"file:///etc/passwd\"/></body></opml>");
    assertThatThrownBy(() -> Opml.feeds(empty, DEFAULT)).hasMessageContaining("names no feed");
    assertThatThrownBy(() -> Opml.feeds(badInterval, DEFAULT)).hasMessageContaining("'soon'");
    assertThatThrownBy(() -> Opml.feeds(notHttp, DEFAULT))
        .hasMessageContaining("not an http(s) feed URL: file:///etc/passwd");
  }

  @Test
  void onlyOpmlIsTakenForOpml(@TempDir Path tmp) throws Exception {
    assertThat(Opml.is(Files.writeString(tmp.resolve("list.xml"), "\uFEFF <opml version=\"1.0\">")))
        .isTrue();
    assertThat(Opml.is(Files.writeString(tmp.resolve("rss.xml"), "<rss><channel/></rss>")))
        .isFalse();
    assertThat(Opml.is(Files.writeString(tmp.resolve("story.txt"), "On <opml> files\n\nBody")))
        .isFalse();
  }
}
