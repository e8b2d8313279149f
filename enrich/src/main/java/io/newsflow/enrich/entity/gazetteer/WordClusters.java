package io.newsflow.enrich.entity.gazetteer;

import io.newsflow.enrich.table.TabRows;
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
    TabRows rows = TabRows.resource(WordClusters.class, RESOURCE);
    Map<String, String[]> classes = new HashMap<>();
    // a few thousand class names stand for the words' tens of thousands: one string each keeps
    // the objects the collector copies at start-up that many fewer
    Map<String, String> classNames = new HashMap<>();
    while (rows.next()) {
      String[] wordClasses = new String[rows.fields() - 1];
      for (int i = 0; i < wordClasses.length; i++) {
        wordClasses[i] = classNames.computeIfAbsent(rows.text(i + 1), name -> name);
      }
      classes.put(rows.text(0), wordClasses);
    }
    return new WordClusters(classes);
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
