package io.newsflow.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private static List<String> texts(String text) {
    return Tokenizer.tokenize(text).stream().map(Token::text).toList();
  }

  @Test
  void splitsPunctuationButKeepsAbbreviationsAndHyphenatedWords() {
    assertThat(texts("The U.S. and Russia-Ukraine talks (in Brussels), Mr. Smith said."))
        .containsExactly(
            "The",
            "U.S.",
            "and",
            "Russia-Ukraine",
            "talks",
            "(",
            "in",
            "Brussels",
            ")",
            ",",
            "Mr.",
            "Smith",
            "said",
            ".");
  }

  @Test
  void anInitialKeepsItsFullStopUnlessItEndsALine() {
    assertThat(texts("George W. Bush met J. Smith")).contains("W.", "J.");
    assertThat(texts("Tesla cut the price of its Model Y.\nBuyers waited. Plan B. \n"))
        .containsSubsequence("Model", "Y", ".", "Buyers")
        .containsSubsequence("Plan", "B", ".");
    assertThat(texts("the Model Y.")).endsWith("Y", ".");
  }

  @Test
  void splitsPossessivesAndClitics() {
    assertThat(texts("Ukraine's border, Ukraine’s army; they don't know. The States' role"))
        .containsExactly(
            "Ukraine", "'s", "border", ",", "Ukraine", "’s", "army", ";", "they", "do", "n't",
            "know", ".", "The", "States", "'", "role");
  }

  @Test
  void keepsNumbersAndSplitsCurrencyAndQuotes() {
    assertThat(texts("“It cost $1,250.50...” he said"))
        .containsExactly("“", "It", "cost", "$", "1,250.50", "...", "”", "he", "said");
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "  US President  Joe Biden\u00a0spoke.";
    for (Token token : Tokenizer.tokenize(text)) {
      assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text());
    }
    assertThat(texts(text)).containsExactly("US", "President", "Joe", "Biden", "spoke", ".");
  }
}
