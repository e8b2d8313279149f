package io.newsflow.enrich.entity.gazetteer;

import io.newsflow.enrich.entity.tagger.FeatureGroup;
import io.newsflow.enrich.entity.tagger.Features;
import java.util.Set;

/** The tagger's features with every bundled resource: gazetteers, typed names, word classes, dictionary. */
public final class BundledFeatures {
  private BundledFeatures() {}

  /** Loads only the resources the groups use (the dictionary and typed names take a while). */
  public static Features of(Set<FeatureGroup> groups) {
    return new Features(groups, NameGazetteer.load(), WordClusters.load(),
        groups.contains(FeatureGroup.TYPED_NAMES) ? TypedNames.load() : null,
        groups.contains(FeatureGroup.WORD_CASING) ? EnglishWords.load() : null);
  }
}
