package io.newsflow.enrich;

import io.newsflow.common.article.EnrichedArticle;

/**
 * An enriched article and the bytes it is written to the enriched topic as.
 *
 * @param article the article, for the trend counts and the metrics
 * @param value its JSON, written once, already known to fit the topic
 */
record EnrichedRecord(EnrichedArticle article, byte[] value) {}
