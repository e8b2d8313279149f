package io.newsflow.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TokenizerProperties {

  @Property(tries = 500)
  void tokensAreExactOrderedDisjointAndCoverEveryNonSpace(@ForAll("texts") String text) {
    List<Token> tokens = Tokenizer.tokenize(text);
    boolean[] covered = new boolean[text.length()];
    int previousEnd = 0;
    for (Token token : tokens) {
      assertThat(token.end()).isGreaterThan(token.start());
      assertThat(token.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text());
      for (int i = token.start(); i < token.end(); i++) {
        covered[i] = true;
      }
      previousEnd = token.end();
    }
    for (int i = 0; i < text.length(); i++) {
      if (!covered[i]) {
        assertThat(Tokenizer.isSpace(text.charAt(i)))
            .as("char %d (U+%04X) of %s is lost", i, (int) text.charAt(i), text)
            .isTrue();
      }
    }
  }

  @Property(tries = 200)
  void noTokenContainsASpace(@ForAll("texts") String text) {
    for (Token token : Tokenizer.tokenize(text)) {
      assertThat(token.text().codePoints().noneMatch(Tokenizer::isSpace)).isTrue();
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> anyUnicode = Arbitraries.strings().all().ofMaxLength(60);
    Arbitrary<String> newsLike =
        Arbitraries.strings()
            .withChars("aAbZ09 .,'’-\"“”$()&/\u00a0\n\t")
            .withCharRange('\ud800', '\udfff')
            .ofMaxLength(60);
    Arbitrary<String> words =
        Arbitraries.of("U.S.", "Ukraine's", "don't", "Russia-Ukraine", "1,250.5", "Mr.", "G$",
                "“quoted”", "...", "--", "O'Neill", "e.g.", "States'", " ", "\u00a0", "😀", "é")
            .list().ofMaxSize(12)
            .map(parts -> String.join("", parts));
    return Arbitraries.oneOf(anyUnicode, newsLike, words);
  }
}
