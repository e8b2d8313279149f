package io.newsflow.enrich.dedup;

/**
 * What deduplication needs of an article: its id, its cleaned text, the raw record it was read
 * from, and a way to mark it a copy. The enrich package's article type implements it, so this
 * package does not depend on that one.
 */
public interface Story<S extends Story<S>> {
  String id();

  String headline();

  String body();

  /** The record's value as it came. */
  byte[] raw();

  /** This story marked {@code duplicateOf} {@code firstId}. */
  S asDuplicateOf(String firstId);
}
