package io.newsflow.bench.corenlp;

import java.util.List;

/**
 * A tagger under comparison: one document's gold-tokenised sentences in, one IOB2 tag per token
 * out.
 */
@FunctionalInterface
public interface DocumentTagger {
  String[][] tag(List<String[]> sentences);
}
