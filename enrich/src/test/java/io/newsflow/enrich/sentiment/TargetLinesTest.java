package io.newsflow.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The lines of {@code sentiment --targets}: mentions of one sentence in a row share its prepared
 * form, and score exactly as each would alone, whatever the order of texts.
 */
@Timeout(60)
class TargetLinesTest {
  private static final TargetScorer SCORER = TargetScorer.load();
  private static final String WAR =
      "Critics condemned Russia for the attack, while leaders praised Ukraine for its courage.";
  private static final String FRAUD = "Smith accused Jones of fraud.";

  private static String line(String text, String mention) {
    int start = text.indexOf(mention);
    return text + "\t" + start + "\t" + (start + mention.length());
  }

  private static String alone(String text, String mention) {
    int start = text.indexOf(mention);
    return ScoreLines.format(SCORER.score(text, start, start + mention.length()));
  }

  private static List<String> scores(String... lines) throws IOException {
    StringWriter out = new StringWriter();
    new TargetLines(SCORER).score(new StringReader(String.join("\n", lines) + "\n"), out);
    return List.of(out.toString().split("\n"));
  }

  @Test
  void mentionsOfOneSentenceInARowScoreAsEachAlone() throws IOException {
    List<String> expected = new ArrayList<>();
    expected.add(alone(WAR, "Russia"));
    expected.add(alone(WAR, "Ukraine"));
    expected.add(alone(FRAUD, "Smith"));
    expected.add(alone(FRAUD, "Jones"));
    expected.add(alone(WAR, "Russia"));

    assertThat(
            scores(
                line(WAR, "Russia"),
                line(WAR, "Ukraine"),
                line(FRAUD, "Smith"),
                line(FRAUD, "Jones"),
                line(WAR, "Russia")))
        .containsExactlyElementsOf(expected);
    assertThat(expected.get(0)).isNotEqualTo(expected.get(1));
  }

  @Test
  void aBadLineIsNamedAfterTheLinesBeforeIt() {
    StringWriter out = new StringWriter();
    String lines = line(WAR, "Russia") + "\n" + WAR + "\t3\t999\n";

    assertThatThrownBy(() -> new TargetLines(SCORER).score(new StringReader(lines), out))
        .isInstanceOfSatisfying(
            TargetLines.BadLine.class, bad -> assertThat(bad.line()).isEqualTo(2))
        .hasMessageContaining("not inside the text");
    assertThat(out.toString()).isEqualTo(alone(WAR, "Russia") + "\n");
  }
}
