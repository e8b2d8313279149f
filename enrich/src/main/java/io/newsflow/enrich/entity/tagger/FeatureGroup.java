package io.newsflow.enrich.entity.tagger;

/** Groups of features that can be switched off, for ablations. */
public enum FeatureGroup {
  /** Prefixes and suffixes of the word, up to four characters. */
  AFFIXES,
  /** Word shape ("Xxxx", "X.X.", "d-d") of the word and its neighbours. */
  SHAPE,
  /** Words two either side, and word bigrams. */
  WINDOW,
  /**
   * Capitalisation in context: sentence-initial, all-caps sentence, seen lower-case in the
   * document.
   */
  CAPS_CONTEXT,
  /** The previous one and two predicted tags. */
  PREVIOUS_TAGS,
  /** The entity types this word was given earlier in the document. */
  DOCUMENT_MEMORY,
  /** Country names, demonyms and common first names from the bundled gazetteer. */
  GAZETTEER,
  /** Classes of the word and its neighbours from clustered word vectors. */
  CLUSTERS,
  /**
   * Typed names (people, last names, organisations, teams, places, events) from compromise and
   * WordNet, and the head word ("Bank", "Party", "River") of the capitalised run a word is in.
   */
  TYPED_NAMES,
  /**
   * What the fuller mentions of a word elsewhere in the document say: its place in a multi-word
   * name, the name's head word ("Inc", "Party"), whether the name starts with a first name.
   */
  DOCUMENT_NAMES
}
