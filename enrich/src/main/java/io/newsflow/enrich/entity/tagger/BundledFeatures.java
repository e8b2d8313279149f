package io.newsflow.enrich.entity.tagger;

import io.newsflow.common.concurrent.Background;
import io.newsflow.enrich.entity.gazetteer.NameGazetteer;
import io.newsflow.enrich.entity.gazetteer.NameLists;
import io.newsflow.enrich.entity.gazetteer.TypedNames;
import io.newsflow.enrich.entity.gazetteer.WordClusters;
import java.util.Set;
import java.util.function.Supplier;

/** The tagger's features with every bundled resource: gazetteers, typed names, word classes. */
public final class BundledFeatures {
  private BundledFeatures() {}

  /** Reading the typed names' lists itself. */
  public static Features of(Set<FeatureGroup> groups) {
    return of(groups, NameLists::read);
  }

  /**
   * Loads only the resources the groups use, the typed names from the lists {@code nameLists} gives
   * (asked at most once, on another thread). The lists load side by side: reading and indexing them
   * is most of a {@code tag} process's start, and they are independent.
   */
  public static Features of(Set<FeatureGroup> groups, Supplier<NameLists> nameLists) {
    boolean typed =
        groups.contains(FeatureGroup.TYPED_NAMES) || groups.contains(FeatureGroup.DOCUMENT_NAMES);
    Background<NameGazetteer> typedNames =
        typed ? Background.start(() -> TypedNames.load(nameLists.get())) : Background.done(null);
    Background<NameGazetteer> names = Background.start(NameGazetteer::load);
    WordClusters clusters = WordClusters.load();
    return new Features(groups, names.get(), clusters, typedNames.get());
  }
}
