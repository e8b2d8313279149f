package io.newsflow.enrich.entity.tagger;

import io.newsflow.common.concurrent.Background;
import io.newsflow.enrich.entity.gazetteer.NameGazetteer;
import io.newsflow.enrich.entity.gazetteer.TypedNames;
import io.newsflow.enrich.entity.gazetteer.WordClusters;
import java.util.Set;

/** The tagger's features with every bundled resource: gazetteers, typed names, word classes. */
public final class BundledFeatures {
  private BundledFeatures() {}

  /**
   * Loads only the resources the groups use. The lists load side by side: reading and indexing them
   * is most of a {@code tag} process's start, and they are independent.
   */
  public static Features of(Set<FeatureGroup> groups) {
    boolean typed =
        groups.contains(FeatureGroup.TYPED_NAMES) || groups.contains(FeatureGroup.DOCUMENT_NAMES);
    Background<NameGazetteer> typedNames =
        typed ? Background.start(TypedNames::load) : Background.done(null);
    Background<NameGazetteer> names = Background.start(NameGazetteer::load);
    WordClusters clusters = WordClusters.load();
    return new Features(groups, names.get(), clusters, typedNames.get());
  }
}
