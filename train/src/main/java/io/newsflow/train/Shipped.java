package io.newsflow.train;

import java.nio.file.Path;

/**
 * Where the files train rebuilds live, relative to the project's root: each subcommand's default
 * {@code --out}, so that a rebuild lands in place and {@code git status} shows whether it changed.
 */
public final class Shipped {
  private static final String RESOURCES = "enrich/src/main/resources/io/newsflow/enrich/";

  public static final Path TAGGER = Path.of(RESOURCES + "entity/tagger.bin");
  public static final Path SENTIMENT_MODEL =
      Path.of(RESOURCES + "sentiment/news-sentiment-model.tsv");
  public static final Path TARGET_MODEL =
      Path.of(RESOURCES + "sentiment/target-sentiment-model.tsv");
  public static final Path WORDNET_VALENCES = Path.of(RESOURCES + "sentiment/wordnet-valence.tsv");
  public static final Path MINILM_VALENCES = Path.of(RESOURCES + "sentiment/minilm-valence.tsv");

  private Shipped() {}
}
