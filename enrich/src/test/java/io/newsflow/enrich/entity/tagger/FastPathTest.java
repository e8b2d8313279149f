package io.newsflow.enrich.entity.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The tagging-only shortcuts (hashing substrings in place, the model's key filter, transition
 * scores shared per word in a document) give exactly what the plain computation gives. Seeded
 * random inputs, so a failure replays.
 */
class FastPathTest {
  private static final String LETTERS = "abcXYZ.-'0é’";

  @Test
  void hashingACharacterRangeEqualsHashingTheSubstring() {
    Random random = new Random(11);
    for (int n = 0; n < 2000; n++) {
      String s = randomWord(random, 1 + random.nextInt(12));
      int from = random.nextInt(s.length());
      int to = from + random.nextInt(s.length() - from + 1);
      int template = 1 + random.nextInt(30);
      assertThat(FeatureHash.of(template, s, from, to))
          .isEqualTo(FeatureHash.of(template, s.substring(from, to)));
    }
  }

  @Test
  void hashingInPartsEqualsHashingTheWholeKey() {
    Random random = new Random(13);
    for (int n = 0; n < 2000; n++) {
      String a = randomWord(random, random.nextInt(8));
      String b = randomWord(random, random.nextInt(8));
      String c = randomWord(random, random.nextInt(8));
      int template = 1 + random.nextInt(30);
      long whole = FeatureHash.of(template, a, b, c);
      assertThat(FeatureHash.finish(FeatureHash.begin(template, a, b), c)).isEqualTo(whole);
      assertThat(FeatureHash.finish(FeatureHash.then(FeatureHash.begin(template, a), b), c))
          .isEqualTo(whole);
    }
  }

  @Test
  void numbersAreTheWordsWhoseEntryDependsOnTheirDigitPatternAlone() {
    assertThat(List.of("3.5", "1,200", "12:30", "2-1", "$310", "52.3%", "0"))
        .allMatch(WordTable::isNumber);
    assertThat(List.of("F-16", "1990s", "3’5", "`3", "٣", "3 5", "", "."))
        .noneMatch(WordTable::isNumber);
  }

  @Test
  void theKeyFilterNeverHidesAKeyTheModelHas() {
    Random random = new Random(12);
    Set<Long> keySet = new HashSet<>();
    while (keySet.size() < 50_000) {
      long k = random.nextLong();
      if (k != 0) {
        keySet.add(k);
      }
    }
    long[] keys = keySet.stream().mapToLong(Long::longValue).toArray();
    float[] weights = new float[keys.length * Tags.COUNT];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = random.nextInt(7) - 3;
    }
    TaggerModel model = TaggerModel.quantise(EnumSet.noneOf(FeatureGroup.class), keys, weights);
    int kept = 0;
    for (int r = 0; r < keys.length; r++) {
      boolean any = false;
      for (int t = 0; t < Tags.COUNT; t++) {
        any |= weights[r * Tags.COUNT + t] != 0;
      }
      assertThat(model.contains(keys[r])).isEqualTo(any);
      if (any) {
        kept++;
        float[] scores = new float[Tags.COUNT];
        model.score(new long[] {keys[r]}, 1, scores);
        for (int t = 0; t < Tags.COUNT; t++) {
          assertThat(Math.round(scores[t])).isEqualTo(Math.round(weights[r * Tags.COUNT + t]));
        }
      }
    }
    assertThat(model.featureCount()).isEqualTo(kept);
    for (int n = 0; n < 10_000; n++) {
      long absent = random.nextLong();
      if (!keySet.contains(absent)) {
        assertThat(model.contains(absent)).isFalse();
      }
    }
  }

  @Test
  void taggingGivesWhatTheTrainingPathGivesWithTheSameWeights() {
    SequenceTagger tagger = SequenceTagger.load();
    ReferenceDecoder decoder = new ReferenceDecoder(BundledFeatures.of(tagger.model().groups()));
    Random random = new Random(13);
    String[] vocabulary = {
      "the", "The", "Paris", "said", "U.S.", "in", "Smith", "John", "ORANGE", "Bank", "of",
      "England", ",", ".", "1996", "Reuters", "Ltd", "German", "-", "'s"
    };
    ReferenceDecoder.Learner ignore =
        new ReferenceDecoder.Learner() {
          @Override
          public void update(long[] features, int count, int tag, float delta) {}

          @Override
          public void tick() {}
        };
    for (int d = 0; d < 30; d++) {
      List<String[]> sentences = new ArrayList<>();
      int[][] gold = new int[1 + random.nextInt(6)][];
      for (int s = 0; s < gold.length; s++) {
        String[] words = new String[1 + random.nextInt(15)];
        for (int i = 0; i < words.length; i++) {
          words[i] = vocabulary[random.nextInt(vocabulary.length)];
        }
        sentences.add(words);
        gold[s] = new int[words.length];
      }
      DocumentContext context = decoder.features().context(sentences);
      int[][] tagged = decoder.decode(sentences, context, null, tagger.model(), null, null);
      int[][] viaTraining = decoder.decode(sentences, context, null, tagger.model(), gold, ignore);
      assertThat(tagged).isDeepEqualTo(viaTraining);
    }
  }

  private static String randomWord(Random random, int length) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      sb.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    }
    return sb.toString();
  }
}
