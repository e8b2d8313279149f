package io.newsflow.enrich.entity.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Word classes from the bundled {@code word-clusters.tsv}: k-means clusters (64, 512 and 2048) of
 * the word-piece embeddings of all-MiniLM-L6-v2 (Apache-2.0). Immutable.
 */
public final class WordClusters implements WordClasses {
  public static final String RESOURCE = "/io/newsflow/enrich/entity/word-clusters.tsv";
  private final Map<String, String[]> classes;

  private WordClusters(Map<String, String[]> classes) {
    this.classes = classes;
  }

  public static WordClusters load() {
    try (InputStream in = WordClusters.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String[]> classes = new HashMap<>();
      // a few thousand class names stand for the words' tens of thousands: one string each keeps
      // the objects the collector copies at start-up that many fewer
      Map<String, String> classNames = new HashMap<>();
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] cols = line.split("\t");
        String[] wordClasses = new String[cols.length - 1];
        for (int i = 0; i < wordClasses.length; i++) {
          wordClasses[i] = classNames.computeIfAbsent(cols[i + 1], name -> name);
        }
        classes.put(cols[0], wordClasses);
      }
      return new WordClusters(classes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String[] of(String lowerWord) {
    return classes.get(lowerWord);
  }

  @Override
  public java.util.Set<String> words() {
    return java.util.Collections.unmodifiableSet(classes.keySet());
  }
}
