package io.newsflow.enrich.entity.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.entity.SharedData;
import io.newsflow.enrich.text.Sentences;
import io.newsflow.enrich.text.Span;
import io.newsflow.enrich.text.Token;
import io.newsflow.enrich.text.Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tagger's fast path (per-word folded sums, static sums shared by both passes, second pass
 * skipped where the memory did not change, Viterbi over legal transitions) gives bit for bit what
 * the plain computation training uses gives: the same integer sums per token and the same tags.
 */
class ExactTaggingTest {
  /**
   * Written for this test: names known and unknown, a headline in capitals, numbers, quotes,
   * clitics.
   */
  private static final String[] DOCUMENTS = {
    """
      KOWALSKI WINS MAYORAL RACE IN GDANSK
      Anna Kowalski won the race for mayor of Gdansk on Sunday, the city's election office said. \
      Kowalski, 47, took 52.3% of the vote. "We will build 1,200 homes," Kowalski told supporters \
      at the Hotel Marinella. Her rival, Piotr Zblewski of the Civic Platform party, conceded. \
      The U.S. ambassador, Mark Brzezinski, congratulated her. Zblewski didn't comment on Monday.""",
    """
      Shares of Quantexa Ltd rose 4.5 percent on the London Stock Exchange after the company \
      said it would buy Zorbly Inc. for $310 million. Quantexa's chief executive, Vishal Marria, \
      said the deal would close in the third quarter. Analysts at Goldman Sachs and J.P. Morgan \
      raised their targets. In New York, the Nasdaq fell 0.3 percent.""",
    """
      Melbourne Victory beat Sydney FC 2-1 in the A-League on Saturday. Victory's Bruno Fornaroli \
      scored twice before half-time; Sydney's Adam Le Fondre replied late. "It was a derby," \
      said coach Tony Popovic. Fornaroli has now scored 9 goals this season."""
  };

  private static SequenceTagger tagger;

  @BeforeAll
  static void load() {
    tagger = SequenceTagger.load();
  }

  @Test
  void handWrittenTextIsTaggedExactlyAsByThePlainComputation() {
    for (String text : DOCUMENTS) {
      assertExact(sentences(text));
    }
  }

  @Test
  void randomDocumentsOfKnownAndUnknownWordsAreTaggedExactly() {
    Random random = new Random(21);
    String[] vocabulary = {
      "the",
      "The",
      "THE",
      "Paris",
      "said",
      "U.S.",
      "in",
      "Smith",
      "John",
      "ORANGE",
      "Bank",
      "of",
      "England",
      ",",
      ".",
      "1996",
      "Reuters",
      "Ltd",
      "German",
      "-",
      "'s",
      "Zblewski",
      "Quantexa",
      "qwzx",
      "Xq-7",
      "“",
      "’s",
      "KOWALSKI",
      "Kowalski",
      "Gdansk",
      "GDANSK",
      "2,300"
    };
    for (int d = 0; d < 200; d++) {
      List<String[]> document = new ArrayList<>();
      int sentenceCount = 1 + random.nextInt(8);
      for (int s = 0; s < sentenceCount; s++) {
        String[] words = new String[random.nextInt(14)];
        boolean capitals = random.nextInt(5) == 0;
        for (int i = 0; i < words.length; i++) {
          String w = vocabulary[random.nextInt(vocabulary.length)];
          words[i] = capitals ? w.toUpperCase(java.util.Locale.ROOT) : w;
        }
        document.add(words);
      }
      assertExact(document);
    }
  }

  @Test
  void theValidSplitIsTaggedExactlyAsByThePlainComputation() throws Exception {
    long tokens = 0;
    for (List<String[]> document : documents(SharedData.require("data/conll2003/valid.txt"))) {
      assertExact(document);
      tokens += document.stream().mapToInt(words -> words.length).sum();
    }
    assertThat(tokens).isEqualTo(51_362);
  }

  /**
   * The words (first column) of a CoNLL file: a document per -DOCSTART-, a sentence per blank-line
   * block.
   */
  private static List<List<String[]>> documents(Path file) throws IOException {
    List<List<String[]>> documents = new ArrayList<>();
    List<String[]> document = new ArrayList<>();
    List<String> sentence = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      String word = line.isBlank() ? "" : line.trim().split("\\s+")[0];
      if (!word.isEmpty() && !word.equals("-DOCSTART-")) {
        sentence.add(word);
        continue;
      }
      if (!sentence.isEmpty()) {
        document.add(sentence.toArray(String[]::new));
        sentence.clear();
      }
      if (word.equals("-DOCSTART-") && !document.isEmpty()) {
        documents.add(document);
        document = new ArrayList<>();
      }
    }
    if (!sentence.isEmpty()) {
      document.add(sentence.toArray(String[]::new));
    }
    if (!document.isEmpty()) {
      documents.add(document);
    }
    return documents;
  }

  @Test
  void theWordTableHoldsTheCommonWordsInThreeCasings() {
    Features features = BundledFeatures.of(tagger.model().groups());
    WordTable table = WordTable.build(features, tagger.model(), features.vocabulary());
    assertThat(table.size()).isGreaterThan(60_000);
    for (String w : new String[] {"the", "The", "THE", "london", "London", "LONDON", "'s", ","}) {
      assertThat(table.get(w)).as(w).isNotNull();
      assertThat(table.get(w).sums()).as(w).isEqualTo(table.compute(w).sums());
    }
    assertThat(table.get("Zblewski")).isNull();
  }

  private static void assertExact(List<String[]> document) {
    assertThat(tagger.staticSums(document)).isDeepEqualTo(tagger.referenceStaticSums(document));
    assertThat(tagger.tagIds(document)).isDeepEqualTo(tagger.referenceTagIds(document));
    SequenceTagger onePass = tagger.onePass();
    assertThat(onePass.tagIds(document)).isDeepEqualTo(onePass.referenceTagIds(document));
  }

  private static List<String[]> sentences(String text) {
    List<String[]> out = new ArrayList<>();
    for (Span sentence : Sentences.split(text)) {
      List<Token> tokens = Tokenizer.tokenize(text, sentence.start(), sentence.end());
      out.add(tokens.stream().map(Token::text).toArray(String[]::new));
    }
    return out;
  }
}
