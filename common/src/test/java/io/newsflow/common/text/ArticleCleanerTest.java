package io.newsflow.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleCleanerTest {
  private final ArticleCleaner cleaner = new ArticleCleaner();

  @Test
  void normalizesWhitespaceAndKeepsParagraphs() {
    String messy =
        "  First\t line   here \r\nsecond line\u00A0end\r\n\r\n\r\n   \n Second   paragraph.  \n\n";
    assertThat(ArticleCleaner.normalize(messy))
        .isEqualTo("First line here\nsecond line end\n\nSecond paragraph.");
  }

  @Test
  void removesControlAndZeroWidthCharactersAndComposesToNfc() {
    String decomposed = "Caf" + "e\u0301" + " au\u0000 lait\u200B\u0007 d\uFEFFone";
    assertThat(ArticleCleaner.normalize(decomposed)).isEqualTo("Caf\u00E9 au lait done");
  }

  @Test
  void headlineIsOneLine() {
    assertThat(cleaner.cleanHeadline("  Fed to halt QE\n  to avert \"bubble\"\n\n "))
        .isEqualTo("Fed to halt QE to avert \"bubble\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More",
        "We use cookies to personalise content and ads. By clicking Accept you agree to our cookie policy.",
        "Read more",
        "Continue reading →",
        "READ MORE: Parliament passes the budget after a late-night sitting",
        "Share this article",
        "Share this article: Facebook | Twitter | LinkedIn | Email",
        "Facebook Twitter WhatsApp Email",
        "Follow us on Twitter and Instagram",
        "Sign up for our newsletter to get the day's top stories in your inbox.",
        "Subscribe to our daily briefing newsletter",
        "Advertisement",
        "Story continues below advertisement",
        "Accept all cookies",
        "Related articles",
        "Get the latest headlines delivered to your inbox every morning"
      })
  void furnitureParagraphsAreRemoved(String furniture) {
    String body =
        "The council approved the plan on Tuesday.\n\n" + furniture + "\n\nWork starts in May.";
    assertThat(cleaner.cleanBody(body))
        .isEqualTo("The council approved the plan on Tuesday.\n\nWork starts in May.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The regulator said the website uses cookies to track readers without their consent, and fined the publisher.",
        "We use cookies from the bakery on Main Street in every school lunch, the head teacher said, and parents accept it.",
        "Sign up for our newsletter, the company said in its filing, brought 40,000 readers in March.",
        "Subscribers to the paper's weekly newsletter fell by a third after the price rise.",
        "The newsletter, published by the central bank, warned of a slowdown in housing.",
        "Advertisement revenue at the broadcaster rose 12 percent in the quarter.",
        "Read more widely, the minister told students at the opening of the new library.",
        "Share prices in Frankfurt rose on Monday after the announcement.",
        "Follow-up talks are planned for next week in Geneva.",
        "Related talks in Vienna ended without agreement on Friday.",
        "Get the facts right, the editor said, and readers will sign up for the newsletter."
      })
  void proseThatMentionsFurnitureWordsStays(String prose) {
    String body = "Opening paragraph of the story.\n\n" + prose;
    assertThat(cleaner.cleanBody(body)).isEqualTo(body);
  }

  @Test
  void trailingFurnitureSentencesAreCut() {
    assertThat(cleaner.cleanBody("Schettino has denied wrongdoing. Share this article. Read more"))
        .isEqualTo("Schettino has denied wrongdoing.");
    assertThat(
            cleaner.cleanBody(
                "The talks ended late. This website uses cookies to improve your experience. Accept"))
        .isEqualTo("The talks ended late.");
  }

  @Test
  void aPhraseInsideASentenceIsNotCut() {
    String prose =
        "Analysts told readers to read more carefully before they share this article's claims.";
    assertThat(cleaner.cleanBody(prose)).isEqualTo(prose);
  }

  @Test
  void typosAndPunctuationAreUntouched() {
    String body =
        "Blinken and his G$ counterparts met. Defense Secretary Llyod Austin attended “the meeting”.";
    assertThat(cleaner.cleanBody(body)).isEqualTo(body);
  }

  @Test
  @org.junit.jupiter.api.Timeout(10)
  void aHugeParagraphIsCleanedInLinearTime() {
    String huge = "A short sentence here. ".repeat(50_000) + "Read more";
    assertThat(cleaner.cleanBody(huge))
        .endsWith("A short sentence here.")
        .doesNotContain("Read more");
  }

  @Test
  void nullAndBlankBecomeEmpty() {
    assertThat(cleaner.cleanBody(null)).isEmpty();
    assertThat(cleaner.cleanBody(" \n\n\t ")).isEmpty();
    assertThat(cleaner.cleanHeadline(null)).isEmpty();
  }
}
