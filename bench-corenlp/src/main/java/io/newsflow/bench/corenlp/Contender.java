package io.newsflow.bench.corenlp;

import io.newsflow.enrich.entity.tagger.SequenceTagger;
import java.util.Locale;
import java.util.function.Supplier;

/** The two taggers compared, each loaded the way its users load it. */
public enum Contender {
  CORENLP_CRF("CoreNLP 4.5.10 CRF english.conll.4class.distsim", CoreNlpCrfTagger::load),
  NEWSFLOW("newsflow SequenceTagger.load() (default)", () -> SequenceTagger.load()::tag);

  private final String description;
  private final Supplier<DocumentTagger> loader;

  Contender(String description, Supplier<DocumentTagger> loader) {
    this.description = description;
    this.loader = loader;
  }

  public String description() {
    return description;
  }

  public DocumentTagger load() {
    return loader.get();
  }

  /** {@code corenlp} or {@code newsflow}, as the command lines name them. */
  public static Contender named(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "corenlp" -> CORENLP_CRF;
      case "newsflow" -> NEWSFLOW;
      default ->
          throw new IllegalArgumentException("unknown tagger " + name + " (corenlp or newsflow)");
    };
  }
}
