package io.newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.app.PackagedCommandLine;
import io.newsflow.testkit.EnrichedSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow tag} as a user runs it, in its own JVM, on an article written for this test (no
 * real event): a company introduced by what it is, a place before a geographic noun, a product
 * named with a model code, a dateline.
 */
class TagNameCuesProcessIT {
  private static final String ARTICLE =
      "Power cable to Iceland delayed after eruption\n\n"
          + "BERGEN (Reuters) - Norwegian grid operator Statnett said power exports were not"
          + " affected after lava crossed roads on the Reykjanes peninsula. Statnett said in a"
          + " statement that a planned cable to Iceland would be delayed by a year. Survey crews"
          + " drove a Tesla Model X and a fleet of Model Y cars.\n";

  @BeforeAll
  static void needsThePackagedJar() {
    PackagedCommandLine.assumePackaged();
  }

  @Test
  void anArticleFileGetsTheTypesTheCuesSay(@TempDir Path tmp) throws Exception {
    Path article = tmp.resolve("article.txt");
    Files.writeString(article, ARTICLE);
    Map<String, String> types = new HashMap<>();
    String printed = PackagedCommandLine.output(tmp, "", "tag", article.toString());
    EnrichedSchema.assertValid(printed);
    JsonNode enriched = new ObjectMapper().readTree(printed);
    for (JsonNode entity : enriched.get("entities")) {
      for (JsonNode mention : entity.get("mentions")) {
        types.put(mention.get("text").asText(), entity.get("type").asText());
      }
    }
    assertThat(types)
        .containsEntry("Statnett", "ORGANIZATION")
        .containsEntry("Reykjanes", "LOCATION")
        .containsEntry("BERGEN", "LOCATION");
    assertThat(types.get("Model Y")).isNotEqualTo("ORGANIZATION");
    assertThat(types.get("Model X")).isNotEqualTo("ORGANIZATION");
  }

  @Test
  void conllTaggingGetsTheSameCues(@TempDir Path tmp) throws Exception {
    String sentence =
        "Lava crossed roads on the Reykjanes peninsula , grid operator Statnett said .";
    String conll = String.join("\n", sentence.split(" ")) + "\n";
    String tagged = PackagedCommandLine.output(tmp, conll, "tag", "--format", "conll");
    assertThat(tagged.lines().toList()).contains("Reykjanes B-LOC", "Statnett B-ORG");
  }
}
