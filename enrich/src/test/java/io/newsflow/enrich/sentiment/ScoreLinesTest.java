package io.newsflow.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ScoreLinesTest {

  @Test
  void printsOneScoreALineInOrder() throws Exception {
    StringWriter out = new StringWriter();
    new ScoreLines(s -> s.length() / 10.0 - 0.5, false)
        .score(new StringReader("abc\n\nabcdefghijklmnopqrstuvwxyz\n"), out);
    assertThat(out.toString()).isEqualTo("-0.2000\n-0.5000\n1.0000\n");
  }

  @Test
  void tsvModeScoresTheTextColumn() throws Exception {
    StringWriter out = new StringWriter();
    new ScoreLines(s -> s.equals("a fine text") ? 0.25 : 0.0, true)
        .score(new StringReader("7_1\t1.5\ta fine text\n"), out);
    assertThat(out.toString()).isEqualTo("0.2500\n");
  }

  @Test
  void realScorerGivesOneLineForEachInputLine() throws Exception {
    StringWriter out = new StringWriter();
    new ScoreLines(NewsSentenceScorer.load(), false)
        .score(new StringReader("A wonderful, generous gift.\nA cruel and deadly attack.\n"), out);
    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(2);
    assertThat(Double.parseDouble(lines[0])).isGreaterThan(0.05);
    assertThat(Double.parseDouble(lines[1])).isLessThan(-0.05);
  }
}
