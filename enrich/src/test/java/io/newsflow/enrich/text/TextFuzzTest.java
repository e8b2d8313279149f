package io.newsflow.enrich.text;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bounded fuzzing run of the tokenizer and the sentence splitter in every {@code mvn verify}:
 * seeded hostile texts (wire-copy pieces, abbreviations, runs of dots and quotes, lone surrogates,
 * combining marks, bidi controls, emoji, every kind of line break and space) must keep the {@link
 * TextInvariants}, and texts of hundreds of thousands of characters must take linear time.
 * Coverage-guided runs: {@link TextJazzerTest} and docs/FUZZING.md.
 */
class TextFuzzTest {
  private static final List<String> PIECES =
      List.of(
          "Mr.",
          "U.S.",
          "e.g.",
          "J.",
          "Gen.",
          "Ukraine's",
          "don't",
          "O'Neill",
          "States'",
          "Russia-Ukraine",
          "1,250.5",
          "AT&T",
          "...",
          "…",
          ".",
          "!",
          "?",
          "?!",
          "\"",
          "“",
          "”",
          "'",
          "’",
          "(",
          ")",
          "[",
          "]",
          "«",
          "»",
          "-",
          "—",
          "--",
          " ",
          "  ",
          "\u00a0",
          "\u2009",
          "\t",
          "\n",
          "\r\n",
          "\r",
          "\u2028",
          "\u2029",
          "\u0085",
          "\u000b",
          "\f",
          "\ud800",
          "\udc00",
          "\ud83d\ude00",
          "👨‍👩‍👧",
          "e\u0301",
          "\u0301",
          "\u202e",
          "\u2067",
          "\u200f",
          "\u200b",
          "\ufeff",
          "\u0000",
          "\u0007",
          "中国",
          "Україна",
          "مرحبا",
          "नमस्ते",
          "The",
          "minister",
          "said",
          "A",
          "b",
          "2026",
          "x");

  @Test
  void hostileTextsKeepTheInvariants() {
    Random random = new Random(20261202L);
    for (int i = 0; i < 2_000; i++) {
      TextInvariants.check(text(random, random.nextInt(120)));
    }
  }

  @Test
  void arbitraryUtf16KeepsTheInvariants() {
    Random random = new Random(20261203L);
    for (int i = 0; i < 1_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(200);
      for (int c = 0; c < length; c++) {
        text.append((char) random.nextInt(random.nextBoolean() ? 0x80 : 0x10000));
      }
      TextInvariants.check(text.toString());
    }
  }

  @Test
  void longHostileTextsTakeLinearTime() {
    Random random = new Random(20261204L);
    List<String> huge =
        List.of(
            "x".repeat(300_000),
            "a. ".repeat(100_000),
            "U.S.".repeat(75_000),
            ".".repeat(300_000),
            "Mr. ".repeat(75_000),
            "'s".repeat(150_000),
            "Russia-".repeat(40_000),
            "\u0301".repeat(300_000),
            "\ud800".repeat(300_000),
            "It rained. ".repeat(25_000),
            "\"".repeat(300_000),
            text(random, 60_000));
    for (String text : huge) {
      assertTimeoutPreemptively(
          Duration.ofSeconds(20),
          () -> TextInvariants.check(text),
          () -> TextInvariants.shown(text));
    }
  }

  /** The inputs Jazzer starts from (and any crash it saved): replayed in every verify. */
  @Test
  void savedFuzzInputsKeepTheInvariants() throws IOException, URISyntaxException {
    Path folder = Path.of(TextFuzzTest.class.getResource("TextJazzerTestInputs/anyText").toURI());
    try (Stream<Path> inputs = Files.list(folder)) {
      for (Path input : inputs.sorted().toList()) {
        TextInvariants.check(Files.readString(input, StandardCharsets.UTF_8));
      }
    }
  }

  static String text(Random random, int pieces) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES.get(random.nextInt(PIECES.size())));
      if (random.nextInt(3) > 0) {
        text.append(' ');
      }
    }
    return text.toString();
  }
}
