package io.newsflow.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of the tokenizer over thousands of generated texts (fixed seed, so a failure names its
 * input and repeats): arbitrary UTF-16 (lone surrogates included), news-like punctuation, and the
 * tricky words of wire copy glued together.
 */
class TokenizerPropertiesTest {
  private static final String NEWS_CHARS = "aAbZ09 .,'’-\"“”$()&/\u00a0\n\t";
  private static final String[] WORDS = {
    "U.S.",
    "Ukraine's",
    "don't",
    "Russia-Ukraine",
    "1,250.5",
    "Mr.",
    "G$",
    "“quoted”",
    "...",
    "--",
    "O'Neill",
    "e.g.",
    "States'",
    " ",
    "\u00a0",
    "😀",
    "é"
  };

  @Test
  void tokensAreExactOrderedDisjointAndCoverEveryNonSpace() {
    Random random = new Random(20261128);
    for (int i = 0; i < 3000; i++) {
      String text = text(random);
      List<Token> tokens = Tokenizer.tokenize(text);
      boolean[] covered = new boolean[text.length()];
      int previousEnd = 0;
      for (Token token : tokens) {
        assertThat(token.end()).as("in %s", escaped(text)).isGreaterThan(token.start());
        assertThat(token.start()).as("in %s", escaped(text)).isGreaterThanOrEqualTo(previousEnd);
        assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text());
        assertThat(token.text().codePoints().noneMatch(Tokenizer::isSpace))
            .as("in %s", escaped(text))
            .isTrue();
        for (int c = token.start(); c < token.end(); c++) {
          covered[c] = true;
        }
        previousEnd = token.end();
      }
      for (int c = 0; c < text.length(); c++) {
        if (!covered[c]) {
          assertThat(Tokenizer.isSpace(text.charAt(c)))
              .as("char %d (U+%04X) of %s is lost", c, (int) text.charAt(c), escaped(text))
              .isTrue();
        }
      }
    }
  }

  private static String text(Random random) {
    int length = random.nextInt(61);
    StringBuilder text = new StringBuilder();
    switch (random.nextInt(3)) {
      case 0 -> {
        for (int i = 0; i < length; i++) {
          text.append((char) random.nextInt(0x10000));
        }
      }
      case 1 -> {
        for (int i = 0; i < length; i++) {
          text.append(
              random.nextInt(8) == 0
                  ? (char) (0xD800 + random.nextInt(0x800))
                  : NEWS_CHARS.charAt(random.nextInt(NEWS_CHARS.length())));
        }
      }
      default -> {
        for (int i = random.nextInt(13); i > 0; i--) {
          text.append(WORDS[random.nextInt(WORDS.length)]);
        }
      }
    }
    return text.toString();
  }

  private static String escaped(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.chars()
        .forEach(
            c ->
                out.append(
                    c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return out.append('"').toString();
  }
}
