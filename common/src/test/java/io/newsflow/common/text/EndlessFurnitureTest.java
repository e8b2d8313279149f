package io.newsflow.common.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Regression: trailing furniture was cut a piece at a time, each cut copying and rescanning the
 * paragraph, so one paragraph of "Share this. " 80,000 times took over two minutes.
 */
class EndlessFurnitureTest {
  private final ArticleCleaner cleaner = new ArticleCleaner();

  @Test
  void aParagraphOfEndlessFurnitureIsKeptWholeAndCleanedOnce() {
    String paragraph = "Share this. ".repeat(80_000).strip();
    String once =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> cleaner.cleanBody(paragraph));
    assertThat(once).isEqualTo(paragraph);
    assertThat(cleaner.cleanBody(once)).isEqualTo(once);
  }

  @Test
  void aFewPiecesOfTrailingFurnitureAreStillCut() {
    String body =
        "The minister resigned on Monday. " + "Share this. Advertisement. Read more. ".repeat(10);
    assertThat(cleaner.cleanBody(body)).isEqualTo("The minister resigned on Monday.");
  }

  @Test
  void moreThanAPageLeavesIsNotCut() {
    String body =
        "The minister resigned on Monday. "
            + "Advertisement. ".repeat(ArticleCleaner.MAX_TRAILING_PIECES + 1);
    assertThat(cleaner.cleanBody(body)).isEqualTo(body.strip());
  }
}
