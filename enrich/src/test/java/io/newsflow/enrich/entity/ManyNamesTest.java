package io.newsflow.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.newsflow.common.article.Entity;
import io.newsflow.common.article.EntityType;
import io.newsflow.common.article.Mention;
import io.newsflow.enrich.entity.gazetteer.Cities;
import io.newsflow.enrich.entity.gazetteer.Countries;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression: linking asked every entity found so far about every new name, so 20,000 distinct
 * names took 25 s in one step and a megabyte of them many minutes, past any budget checked between
 * steps. 50,000 names took the old linker over ten minutes; now they take well under a second.
 */
class ManyNamesTest {
  private final MentionLinker linker = new MentionLinker(Countries.load(), Cities.load());

  @Test
  void fiftyThousandDistinctNamesAreLinkedInBoundedTime() {
    StringBuilder body = new StringBuilder();
    List<MentionLinker.TypedMention> mentions = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      String name = "Kay" + letters(i) + " Quin" + letters(i);
      mentions.add(
          new MentionLinker.TypedMention(
              new Mention(Mention.BODY, body.length(), body.length() + name.length(), name),
              EntityType.PERSON,
              2));
      body.append(name).append(" spoke. ");
    }
    // and the short forms, each of which must find its own person among the 50,000
    for (int i = 0; i < 50_000; i += 1_000) {
      String name = "Quin" + letters(i);
      mentions.add(
          new MentionLinker.TypedMention(
              new Mention(Mention.BODY, body.length(), body.length() + name.length(), name),
              EntityType.PERSON,
              1));
      body.append(name).append(" agreed. ");
    }

    List<Entity> entities =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30), () -> linker.link(mentions, body.length()));

    assertThat(entities).hasSize(50_000);
    Entity first =
        entities.stream()
            .filter(e -> e.name().equals("Kay" + letters(0) + " Quin" + letters(0)))
            .findFirst()
            .orElseThrow();
    assertThat(first.mentions())
        .extracting(Mention::text)
        .containsExactly("Kay" + letters(0) + " Quin" + letters(0), "Quin" + letters(0));
  }

  @Test
  void anAcronymStillFindsItsOrganisationAmongMany() {
    List<MentionLinker.TypedMention> mentions = new ArrayList<>();
    int at = 0;
    for (String name :
        List.of("European Central Bank", "World Health Organization", "Bank of England", "ECB")) {
      mentions.add(
          new MentionLinker.TypedMention(
              new Mention(Mention.BODY, at, at + name.length(), name),
              EntityType.ORGANIZATION,
              name.split(" ").length));
      at += name.length() + 1;
    }
    List<Entity> entities = linker.link(mentions, at);
    assertThat(entities).hasSize(3);
    assertThat(
            entities.stream()
                .filter(e -> e.name().equals("European Central Bank"))
                .findFirst()
                .orElseThrow()
                .mentions())
        .extracting(Mention::text)
        .containsExactly("European Central Bank", "ECB");
  }

  /** 0 -> "a", 25 -> "z", 26 -> "ba": distinct letters-only words. */
  private static String letters(int n) {
    StringBuilder out = new StringBuilder();
    do {
      out.insert(0, (char) ('a' + n % 26));
      n /= 26;
    } while (n > 0);
    return out.toString();
  }
}
