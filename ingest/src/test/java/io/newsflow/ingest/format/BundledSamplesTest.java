package io.newsflow.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.common.article.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The demo's bundled articles (in app's resources, one file a format) all read as articles, with
 * nothing rejected and no furniture left; the deliberately malformed one is rejected precisely.
 */
class BundledSamplesTest {
  private static final Path SAMPLES =
      Paths.get(
          "..", "app", "src", "main", "resources", "io", "newsflow", "app", "demo", "samples");
  private static final Path MALFORMED =
      Paths.get(
          "..",
          "app",
          "src",
          "test",
          "resources",
          "io",
          "newsflow",
          "app",
          "malformed",
          "truncated-article.json");

  @Test
  void everySampleIsReadInItsOwnFormat() throws IOException {
    assumeTrue(Files.isDirectory(SAMPLES), "the bundled samples are not here: skipping");
    Map<String, Format> formats = new TreeMap<>();
    int articles = 0;
    try (Stream<Path> files = Files.list(SAMPLES)) {
      for (Path file : files.sorted().toList()) {
        ReadResult result =
            Readers.reader().read(Files.readAllBytes(file), file.getFileName().toString());
        formats.put(file.getFileName().toString(), result.format());
        assertThat(result.rejections()).as("rejections of %s", file).isEmpty();
        for (Article article : result.articles()) {
          articles++;
          int words = article.body().split("\\s+").length;
          assertThat(words).as("words in %s: %s", file, article.headline()).isBetween(150, 300);
          assertThat(article.headline()).isNotBlank();
          assertThat(article.body())
              .doesNotContainIgnoringCase("cookie")
              .doesNotContain("Share this", "newsletter", "Advertisement", "Read more");
          if (result.format() != Format.PLAIN_TEXT) { // plain text cannot declare a language
            assertThat(article.language()).as("language of %s", file).isEqualTo("en");
          }
        }
      }
    }
    assertThat(formats.values())
        .contains(
            Format.PLAIN_TEXT,
            Format.JSON,
            Format.JSON_LINES,
            Format.NINJS,
            Format.NEWSML_G2,
            Format.RSS,
            Format.ATOM,
            Format.HTML);
    assertThat(articles).isEqualTo(13);
  }

  @Test
  void theHtmlSampleKeepsItsProseAndLosesItsFurniture() throws IOException {
    Path page = SAMPLES.resolve("09-berlin-marathon.html");
    assumeTrue(Files.isRegularFile(page), "the bundled samples are not here: skipping");
    List<Article> articles = Readers.reader().read(Files.readAllBytes(page), "page").articles();
    Article article = articles.get(0);
    assertThat(article.headline())
        .isEqualTo("Assefa breaks course record as thousands cheer through Berlin");
    assertThat(article.source()).isEqualTo("Newsflow Demo Sport");
    assertThat(article.url()).isEqualTo("https://demo.newsflow.invalid/sport/berlin-marathon");
    assertThat(article.body())
        .startsWith("BERLIN, Sept 27\n\nEthiopia's Tigst Assefa won")
        .endsWith("\"a celebration of everything that is good about our sport\".")
        .doesNotContain("Facebook", "Instagram", "Most read", "Home");
  }

  @Test
  void theMalformedSampleIsRejectedWithTheLine() throws IOException {
    assumeTrue(Files.isRegularFile(MALFORMED), "the malformed sample is not here: skipping");
    ReadResult result =
        Readers.reader().read(Files.readAllBytes(MALFORMED), "truncated-article.json");
    assertThat(result.articles()).isEmpty();
    assertThat(result.rejections())
        .singleElement()
        .satisfies(
            rejection -> {
              assertThat(rejection.reason()).isEqualTo(RejectReason.UNREADABLE);
              assertThat(rejection.message()).startsWith("json: ").contains("line 4");
            });
  }
}
