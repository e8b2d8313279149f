package io.newsflow.enrich.entity.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names with their kind (person, last name, organisation, sports team, region, event...) from the
 * bundled lists {@code names-compromise.tsv} (npm compromise and states-us, MIT) and
 * {@code names-wordnet.tsv} (WordNet 3.0 proper names), as one {@link NameGazetteer} whose list
 * names say the source: "cp.org", "wn.person".
 */
public final class TypedNames {
  public static final String COMPROMISE = "/io/newsflow/enrich/entity/names-compromise.tsv";
  public static final String WORDNET = "/io/newsflow/enrich/entity/names-wordnet.tsv";

  private TypedNames() {}

  public static NameGazetteer load() {
    Map<String, List<String>> lists = new HashMap<>();
    read(COMPROMISE, "cp.", lists);
    read(WORDNET, "wn.", lists);
    return new NameGazetteer(lists);
  }

  private static void read(String resource, String prefix, Map<String, List<String>> lists) {
    try (InputStream in = TypedNames.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        lists.computeIfAbsent(prefix + line.substring(0, tab), k -> new ArrayList<>()).add(line.substring(tab + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
