package io.newsflow.enrich.entity.tagger;

import io.newsflow.enrich.entity.gazetteer.NameGazetteer;
import io.newsflow.enrich.entity.gazetteer.TypedNames;
import io.newsflow.enrich.entity.gazetteer.WordClusters;
import java.util.Set;

/** The tagger's features with every bundled resource: gazetteers, typed names, word classes. */
public final class BundledFeatures {
  private BundledFeatures() {}

  /** Loads only the resources the groups use. */
  public static Features of(Set<FeatureGroup> groups) {
    boolean typed =
        groups.contains(FeatureGroup.TYPED_NAMES) || groups.contains(FeatureGroup.DOCUMENT_NAMES);
    return new Features(
        groups, NameGazetteer.load(), WordClusters.load(), typed ? TypedNames.load() : null);
  }
}
