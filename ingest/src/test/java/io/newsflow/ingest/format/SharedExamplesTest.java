package io.newsflow.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.common.article.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real agency items and the sample wire article in ../shared (absent on users' clones: then
 * these tests are skipped, saying so).
 */
class SharedExamplesTest {
  private static final Path SHARED = Paths.get("..", "..", "shared").toAbsolutePath().normalize();
  private static final Path EXAMPLES = SHARED.resolve("data/ninjs/examples");
  private static final Path WIRE = SHARED.resolve("samples/wire-article-nato-ukraine.txt");

  static Stream<Path> examples() throws IOException {
    if (!Files.isDirectory(EXAMPLES)) {
      return Stream.of(Paths.get("(missing)"));
    }
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyExampleBecomesAnArticle(Path file) throws IOException {
    assumeTrue(
        Files.isDirectory(EXAMPLES),
        "no ../shared/data/ninjs/examples here: skipping the agency examples");
    ReadResult result =
        Readers.reader().read(Files.readAllBytes(file), file.getFileName().toString());
    assertThat(result.rejections()).as("rejections of %s", file).isEmpty();
    Article article = result.articles().get(0);
    assertThat(result.articles()).hasSize(1);
    assertThat(article.id())
        .isNotBlank()
        .doesNotStartWith("sha256-"); // every example carries its own id
    assertThat(article.headline()).isNotBlank().doesNotContain("\n");
    assertThat(article.body()).isNotBlank().doesNotContain("<p", "</", "\n\n\n");
    assertThat(article.body()).isEqualTo(article.body().strip());
    assertThat(article.published()).isNotNull();
  }

  @Test
  void theDpaItemIsGermanWithParagraphs() throws IOException {
    Article article = example("2.1-dpa_text.json");
    assertThat(article.language()).isEqualTo("de");
    assertThat(article.headline())
        .isEqualTo("Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?");
    assertThat(article.body())
        .startsWith("Für Lucien Favre war es «der größte Skandal im Fußball seit Jahren».");
    assertThat(article.body().split("\n\n")).hasSize(9);
    assertThat(article.id()).isEqualTo("urn:newsml:dpa.com:20090101:190510-99-167362");
    assertThat(article.source()).isEqualTo("dpa");
  }

  @Test
  void ninjsOneAndThreeOfTheSameStoryAgree() throws IOException {
    Article one = example("1.4-ninjsExSimpleText1.json");
    Article three = example("3.1-005_complex_text_article.json");
    assertThat(one.headline())
        .isEqualTo(three.headline())
        .isEqualTo("Captain of wrecked cruise ship on trial in Italy");
    assertThat(one.body().split("\n\n")).hasSize(4);
    assertThat(three.body().split("\n\n")).hasSize(4);
    assertThat(three.language()).isEqualTo("en");
  }

  @Test
  void newsMlItemsKeepTheirIdsAndLanguages() throws IOException {
    Article g2 = example("NewsML-G2-text-document.xml");
    assertThat(g2.id()).isEqualTo("urn:newsml:acmenews.com:20161121:US-FINANCE-FED");
    assertThat(g2.headline()).isEqualTo("Fed to halt QE to avert \"bubble\"");
    assertThat(g2.language()).isEqualTo("en-US");
    assertThat(g2.body())
        .startsWith("(New York, NY - October 21) Et, sent luptat")
        .doesNotContain("Meredith Jameson");
    assertThat(g2.body().split("\n\n")).hasSize(2);

    Article businessWire = example("NewsML-businesswire-newsml-20130605006126.xml");
    assertThat(businessWire.id()).isEqualTo("urn:newsml:businesswire.com:20010714:20130605006126");
    assertThat(businessWire.language()).isEqualTo("zh");
    assertThat(businessWire.source()).isEqualTo("Business Wire");
    assertThat(businessWire.headline()).isEqualTo("Cambrios被Gartner評選為「最酷供應商」");
    assertThat(businessWire.body())
        .startsWith("(美國商業資訊)--")
        .doesNotContain("bwalignc", "415-397-7600");
  }

  @Test
  void theWireSampleLosesItsCookieBannerAndKeepsItsTypos() throws IOException {
    assumeTrue(
        Files.isRegularFile(WIRE),
        "no ../shared/samples/wire-article-nato-ukraine.txt here: skipping");
    ReadResult result =
        Readers.reader().read(Files.readAllBytes(WIRE), WIRE.getFileName().toString());
    Article article = FormatsTest.single(result);
    assertThat(article.headline())
        .isEqualTo(
            "US Secretary of State and G4 counterpart discuss Russia-Ukraine tensions in Brussels");
    assertThat(article.body())
        .startsWith("US Secretary of State Antony Blinken and his G$ counterparts on Wednesday met")
        .contains("Llyod Austin", "Ukraine’s sovereignty", "Biden Promises Summit")
        .endsWith("would antagonize Russia.")
        .doesNotContain("cookies", "Accept Read More");
    assertThat(article.source()).isEqualTo("wire-article-nato-ukraine.txt");
    // the body is the file's paragraphs, untouched but for the banner
    String original = Files.readString(WIRE);
    for (String paragraph : article.body().split("\n\n")) {
      assertThat(original).contains(paragraph);
    }
  }

  @Test
  void idsAreStableAcrossReadersAndRuns() throws IOException {
    assumeTrue(
        Files.isRegularFile(WIRE),
        "no ../shared/samples/wire-article-nato-ukraine.txt here: skipping");
    byte[] bytes = Files.readAllBytes(WIRE);
    String first = new ArticleReader().read(bytes, "a").articles().get(0).id();
    String second = new ArticleReader().read(bytes, "b").articles().get(0).id();
    assertThat(first).isEqualTo(second).startsWith("sha256-");
  }

  private static Article example(String name) throws IOException {
    Path file = EXAMPLES.resolve(name);
    assumeTrue(Files.isRegularFile(file), "no " + file + " here: skipping");
    List<Article> articles = Readers.reader().read(Files.readAllBytes(file), name).articles();
    assertThat(articles).hasSize(1);
    return articles.get(0);
  }
}
