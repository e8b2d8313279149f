package io.newsflow.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What one wire puts around a story goes; the story, and prose that looks like furniture, stay. */
class WireFurnitureTest {
  @Test
  void datelineBylineCreditsAndCopyrightGo() {
    String dressed =
        "By Staff Correspondent\n"
            + "LONDON, Dec 2 (Newswire) - Dock workers walked out on Tuesday.\n\n"
            + "The union said talks had failed.\n\n"
            + "(Reporting by Anna Berg; Editing by Tom Hale)\n"
            + "Copyright 2026 Newswire. All rights reserved.";
    assertThat(WireFurniture.strip(dressed))
        .isEqualTo("Dock workers walked out on Tuesday.\nThe union said talks had failed.\n");
  }

  @Test
  void proseThatStartsLikeFurnitureStays() {
    String story =
        "By the end of the year, the port expects to handle more ships than ever before.\n\n"
            + "By then it was late.\n\n"
            + "Reporting of the figures was delayed, the authority said.\n\n"
            + "Copyright law does not cover the data, it added.";
    assertThat(WireFurniture.strip(story))
        .isEqualTo(
            "By the end of the year, the port expects to handle more ships than ever before.\n"
                + "By then it was late.\n"
                + "Reporting of the figures was delayed, the authority said.\n"
                + "Copyright law does not cover the data, it added.\n");
  }
}
