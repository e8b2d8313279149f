package io.newsflow.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Properties of the cleaner over many generated texts. Generation is seeded, so a failure names the
 * seed and reproduces exactly.
 */
class ArticleCleanerPropertiesTest {
  private static final int TRIES = 2_000;
  private static final List<String> PIECES =
      List.of(
          "The",
          "minister",
          "said",
          "cookies",
          "newsletter",
          "Read more",
          "Share this article",
          "This website uses cookies to improve your experience.",
          "Accept",
          "Advertisement",
          "Sign up for our newsletter",
          "Follow us on Twitter",
          "Continue reading",
          ".",
          "!",
          "?",
          "“",
          "”",
          "e\u0301",
          "\u00A0",
          "\t",
          " ",
          "  ",
          "\n",
          "\n\n",
          "\r\n",
          "\r",
          "\u0000",
          "\u200B",
          "\uFEFF",
          "\u2029",
          "G$",
          "Brussels",
          "Ukraine’s",
          "…",
          "READ MORE:",
          "Facebook",
          "Email",
          "Accept all cookies",
          "Subscribe");

  private final ArticleCleaner cleaner = new ArticleCleaner();

  @Test
  void cleaningTwiceIsCleaningOnce() {
    forEachGenerated(
        text -> {
          String once = cleaner.cleanBody(text);
          assertThat(cleaner.cleanBody(once)).as("input %s", escaped(text)).isEqualTo(once);
        });
  }

  @Test
  void headlineCleaningIsIdempotentAndOneLine() {
    forEachGenerated(
        text -> {
          String once = cleaner.cleanHeadline(text);
          assertThat(cleaner.cleanHeadline(once)).as("input %s", escaped(text)).isEqualTo(once);
          assertThat(once).doesNotContain("\n");
        });
  }

  @Test
  void cleanTextIsInNormalForm() {
    forEachGenerated(
        text -> {
          String clean = cleaner.cleanBody(text);
          assertThat(clean).as("input %s", escaped(text)).isEqualTo(clean.strip());
          assertThat(clean).doesNotContain("\n\n\n", "  ", " \n", "\n ", "\r", "\t", "\u200B");
          assertThat(clean.chars().filter(c -> Character.isISOControl(c) && c != '\n')).isEmpty();
        });
  }

  private void forEachGenerated(java.util.function.Consumer<String> property) {
    long seed = 20261128L;
    Random random = new Random(seed);
    Supplier<String> articleLike = () -> articleLike(random);
    Supplier<String> anyChars = () -> anyChars(random);
    for (int i = 0; i < TRIES; i++) {
      property.accept(i % 2 == 0 ? articleLike.get() : anyChars.get());
    }
  }

  /** Text built from article words, furniture phrases, punctuation, odd spaces and line breaks. */
  private static String articleLike(Random random) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(60);
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES.get(random.nextInt(PIECES.size())));
      if (random.nextBoolean()) {
        text.append(' ');
      }
    }
    return text.toString();
  }

  /** Arbitrary UTF-16, surrogates and controls included, biased to the low planes. */
  private static String anyChars(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(80);
    for (int i = 0; i < length; i++) {
      int bound = random.nextInt(4) == 0 ? 0x10000 : 0x250;
      text.append((char) random.nextInt(bound));
    }
    return text.toString();
  }

  private static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    text.chars()
        .forEach(
            c ->
                out.append(
                    c < 0x20 || c > 0x7e ? String.format("\\u%04X", c) : String.valueOf((char) c)));
    return out.toString();
  }
}
