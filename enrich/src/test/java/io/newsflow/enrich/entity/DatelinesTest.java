package io.newsflow.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.text.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dateline openings written for these tests, in the styles of the agencies and of local papers. */
class DatelinesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "LIVERPOOL - Police closed the docks on Sunday.|LIVERPOOL",
        "REYKJAVIK - Lava reached the road to the Blue Lagoon overnight.|REYKJAVIK",
        "NAIROBI (Reuters) - Kenya's central bank held rates.|NAIROBI",
        "WASHINGTON, May 3 (AP) — The Senate adjourned without a vote.|WASHINGTON",
        "LONDON, March 14 (Reuters) - Sterling slipped.|LONDON",
        "NEW YORK (AP) -- Stocks rose.|NEW YORK",
        "RIO DE JANEIRO, Brazil (AP) — Floods cut the city's main road.|RIO DE JANEIRO",
        "SÃO PAULO, Jan. 9 (AFP) - Coffee prices fell.|SÃO PAULO",
        "PORT-AU-PRINCE, Haiti – Gangs blocked the port.|PORT-AU-PRINCE",
        "ST. LOUIS (AP) — The river crested on Tuesday.|ST. LOUIS",
        "SPRINGFIELD, Ill. (AP) — Lawmakers met.|SPRINGFIELD",
        "THE HAGUE, Dec. 2, 2026 (Reuters) - The court ruled.|THE HAGUE",
        "KYIV—Air raid sirens sounded across the capital.|KYIV",
        "  HEIMAEY (Dow Jones Newswires) - The harbour reopened.|HEIMAEY",
        "N'DJAMENA (Reuters) - Chad closed its border.|N'DJAMENA"
      })
  void findsThePlaceOfTheDateline(String body, String place) {
    Span span = Datelines.place(body).orElseThrow();
    assertThat(span.of(body)).isEqualTo(place);
    assertThat(span.start()).isEqualTo(body.indexOf(place));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Police in Liverpool closed the docks on Sunday.",
        "London - the city that never sleeps - woke late.",
        "BREAKING - The minister has resigned.",
        "UPDATE 2-Sterling slips as data disappoints",
        "EXCLUSIVE — Bank weighs sale of unit.",
        "The LIVERPOOL - EVERTON derby ended in a draw.",
        "US-China talks resumed in Geneva on Monday.",
        "PORT-AU-PRINCE was quiet on Sunday.",
        "I - for one - disagree, the mayor said.",
        "LONDON police said on Monday - without giving details - that two men were held.",
        ""
      })
  void findsNothingWhereThereIsNoDateline(String body) {
    assertThat(Datelines.place(body)).isEmpty();
  }
}
