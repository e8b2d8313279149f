package io.newsflow.enrich.entity.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ViterbiTest {
  @Test
  void prefersTheBestLegalSequenceOverGreedyChoices() {
    // token 0 alone prefers B-PER, but then token 1 would have to be I/L-PER, which scores badly;
    // U-LOC then U-LOC is the better legal whole
    float[][] emit = new float[2][Tags.COUNT];
    emit[0][Tags.tag('B', 0)] = 3;
    emit[0][Tags.tag('U', 2)] = 2;
    emit[1][Tags.tag('U', 2)] = 4;
    emit[1][Tags.tag('L', 0)] = -5;
    float[][][] transition = new float[2][Tags.COUNT + 1][Tags.COUNT];
    int[] tags = ReferenceDecoder.viterbi(emit, transition);
    assertThat(tags).containsExactly(Tags.tag('U', 2), Tags.tag('U', 2));
  }
}
