package io.newsflow.sink.format;

import io.newsflow.common.article.EnrichedArticle;
import java.util.Locale;

/** What the sink writes downstream: the enriched article as it is, or as IPTC ninjs 3.1. */
public enum DownstreamFormat {
  ENRICHED,
  NINJS;

  public static DownstreamFormat parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new io.newsflow.common.config.ConfigException(
          "the downstream format must be 'enriched' or 'ninjs', not '" + text + "'");
    }
  }

  /** The bytes to deliver; {@code original} is the enriched JSON exactly as it was read. */
  public byte[] render(EnrichedArticle article, byte[] original, NinjsWriter ninjs) {
    return this == ENRICHED ? original : ninjs.write(article);
  }
}
