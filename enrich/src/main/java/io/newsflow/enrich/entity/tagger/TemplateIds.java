package io.newsflow.enrich.entity.tagger;

/**
 * The ids of the feature templates, hashed into every feature key. Never renumber them: they are
 * part of the model file's meaning (a key hashed with another id is another feature).
 */
final class TemplateIds {
  static final int BIAS = 1, WORD = 2, LOWER = 3, SHAPE = 4, SHORT_SHAPE = 5;
  static final int PREFIX = 6, SUFFIX = 7, WINDOW = 8, BIGRAM = 9, SHAPE_WINDOW = 10;
  static final int SHAPE_TRIGRAM = 11, FLAGS = 12, FIRST_CAP = 13, CAPS_SENTENCE = 14;
  static final int SEEN_LOWER = 15, SEEN_CAP = 16, PREV = 17, PREV_WORD = 19; // 18 was PREV2
  static final int MEMORY = 20, MEMORY_SHAPE = 21, GAZ = 22, GAZ_WORD_SHAPE = 23;
  static final int CLUSTER = 25, CLUSTER_SHAPE = 26, CLUSTER_WINDOW = 27;
  static final int TYPED = 28, TYPED_SHAPE = 29, TYPED_WINDOW = 30, RUN_HEAD = 31;
  static final int DOCUMENT_NAME = 34; // 32, 33: a dictionary's word casing (tried, dropped)

  private TemplateIds() {}
}
