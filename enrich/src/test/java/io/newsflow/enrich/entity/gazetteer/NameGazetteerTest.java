package io.newsflow.enrich.entity.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.text.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameGazetteerTest {
  @Test
  void namesOfLettersAndSpacesAreSplitAsTheTokenizerSplitsThem() throws IOException {
    List<String> names = new ArrayList<>(List.of("New  York", " Gdansk ", "A B", "St Louis"));
    names.addAll(secondColumns(TypedNames.COMPROMISE));
    names.addAll(secondColumns(TypedNames.WORDNET));
    for (String resource : TypedNames.EXTENDING_COMPROMISE) {
      names.addAll(secondColumns(resource));
    }
    // the gazetteer splits these names at their spaces without the tokenizer: each must still
    // match the tokenizer's words of itself, whole (names of more than eight words are dropped)
    NameGazetteer gazetteer = new NameGazetteer(Map.of("x", names));
    int checked = 0;
    for (String name : names) {
      if (NameGazetteer.lettersAndSpaces(name) && name.trim().split(" +").length <= 8) {
        String[] words =
            Tokenizer.tokenize(name).stream()
                .map(t -> t.text().toLowerCase(Locale.ROOT))
                .toArray(String[]::new);
        String[] labels = gazetteer.annotate(words);
        int last = words.length - 1;
        assertThat(labels[0]).as(name).contains(last == 0 ? "x:U" : "x:B");
        assertThat(labels[last]).as(name).contains(last == 0 ? "x:U" : "x:L");
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(names.size() / 2);
    assertThat(NameGazetteer.lettersAndSpaces("O'Neill")).isFalse();
    assertThat(NameGazetteer.lettersAndSpaces("St. Louis")).isFalse();
    assertThat(NameGazetteer.lettersAndSpaces("Zürich")).isFalse();
    assertThat(NameGazetteer.lettersAndSpaces("G[7]")).isFalse();
  }

  private static List<String> secondColumns(String resource) throws IOException {
    List<String> names = new ArrayList<>();
    try (InputStream in = NameGazetteerTest.class.getResourceAsStream(resource)) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        int tab = line.indexOf('\t');
        if (tab >= 0 && !line.startsWith("#")) {
          names.add(line.substring(tab + 1));
        }
      }
    }
    return names;
  }
}
