package io.newsflow.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.newsflow.common.article.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IsoInstantsTest {
  private static Article read(String published) throws Exception {
    return Json.reader(Article.class)
        .readValue(
            "{\"id\":\"a\",\"headline\":\"h\",\"body\":\"b\",\"published\":" + published + "}");
  }

  @Test
  void anIsoStringIsADate() throws Exception {
    assertThat(read("\"2021-04-14T10:00:00Z\"").published())
        .isEqualTo(Instant.parse("2021-04-14T10:00:00Z"));
    assertThat(read("null").published()).isNull();
  }

  @Test
  void aNumberIsRefusedNotReadAsSecondsSince1970() {
    for (String number : new String[] {"1764676800", "1e999999999", "1.5", "true"}) {
      assertThatThrownBy(() -> read(number))
          .as(number)
          .isInstanceOf(MismatchedInputException.class)
          .hasMessageContaining("expected a date as an ISO-8601 string");
    }
  }
}
