package io.newsflow.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Share and follow prompts are furniture in every combination of their parts (a lead-in, the verb,
 * what is shared, where to, a row of buttons), whether they stand as a paragraph or trail the last
 * sentence of one; prose that speaks of sharing, Facebook or followers stays.
 */
class SharePromptsTest {
  private final ArticleCleaner cleaner = new ArticleCleaner();

  private static final String BEFORE = "The ferry left Heimaey at dawn with 40 passengers.";
  private static final String AFTER = "The coast guard said the crossing was calm.";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Share this article on Facebook",
        "Share this article on Facebook.",
        "SHARE THIS STORY ON TWITTER",
        "Share on Twitter",
        "Share on X",
        "Share on Facebook, X and LinkedIn",
        "Share via Email",
        "Share via WhatsApp",
        "Share by email",
        "Share with your friends",
        "Share this story with a friend",
        "Share the article on social media",
        "Share this:",
        "Share this: Facebook | X | Email | Print",
        "Share",
        "Share:",
        "Share it",
        "Click here to share",
        "Click here to share this article",
        "Click to share on Facebook (Opens in new window)",
        "Tap to share on WhatsApp",
        "Tweet this",
        "Tweet this story",
        "Email this article",
        "Email this story to a friend",
        "Send this article to a friend",
        "Post to Facebook",
        "Pin it on Pinterest",
        "Print this page",
        "Follow us on X",
        "Follow us on Facebook, Instagram and Threads",
        "Follow us:",
        "Follow @Reuters on X",
        "Facebook | X | LinkedIn | Email",
        "Share on Facebook Share on X Share on LinkedIn"
      })
  void promptsAreRemovedAsParagraphsAndAsTrailingSentences(String prompt) {
    String asParagraph = BEFORE + "\n\n" + prompt + "\n\n" + AFTER;
    assertThat(cleaner.cleanBody(asParagraph)).isEqualTo(BEFORE + "\n\n" + AFTER);

    String trailing = BEFORE + " " + prompt;
    assertThat(cleaner.cleanBody(trailing)).isEqualTo(BEFORE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Share this article on Facebook, the campaign urged its 20,000 supporters on Sunday.",
        "Share prices of Facebook's parent fell 4 percent in New York.",
        "Facebook shares fell after the earnings report.",
        "Facebook said it had removed the posts within an hour.",
        "Share the burden, the prime minister told European leaders.",
        "Shares in the ferry operator rose on the news.",
        "Tweet this and you will be fired, the memo warned staff.",
        "Post offices on the island will close at noon.",
        "Send troops to the border, the opposition demanded.",
        "Email records show the minister knew in March.",
        "Follow the money, investigators said.",
        "Follow-up inspections found no damage to the hull.",
        "Followers of the cleric gathered outside the mosque.",
        "Print editions of the paper will end in June.",
        "Pinterest and Reddit were fined by the regulator.",
        "Click here to share was the button most readers ignored, the study found.",
        "She urged voters to share the video with friends, and more than a million did."
      })
  void proseAboutSharingStays(String prose) {
    String body = BEFORE + "\n\n" + prose;
    assertThat(cleaner.cleanBody(body)).isEqualTo(body);

    String sameParagraph = BEFORE + " " + prose;
    assertThat(cleaner.cleanBody(sameParagraph)).isEqualTo(sameParagraph);
  }

  /**
   * Near-misses as long as furniture can be: each must be rejected in one pass, not by
   * backtracking.
   */
  @Test
  @Timeout(5)
  void longNearMissesAreRejectedQuickly() {
    String[] units = {
      "Share on Facebook, ",
      "Facebook messenger ",
      "share share ",
      "Facebook | X and ",
      "Follow us on X, "
    };
    for (String unit : units) {
      String nearMiss = unit.repeat(390 / unit.length()) + "the minister said in a statement";
      String body = BEFORE + " " + nearMiss.substring(0, 1).toUpperCase() + nearMiss.substring(1);
      assertThat(cleaner.cleanBody(body)).startsWith(BEFORE).endsWith("said in a statement");
    }
  }
}
