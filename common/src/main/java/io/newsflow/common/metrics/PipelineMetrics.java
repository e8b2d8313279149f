package io.newsflow.common.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.common.article.EnrichedArticle;
import java.time.Duration;

/**
 * The pipeline's own meters, named once here. Prometheus sees {@code newsflow.articles.ingested} as
 * {@code newsflow_articles_ingested_total} and the timers as {@code newsflow_*_seconds} histograms;
 * dashboards and alerts rely on these names (the contract lists them).
 */
public final class PipelineMetrics {
  public static final String INGESTED = "newsflow.articles.ingested";
  public static final String REJECTED = "newsflow.articles.rejected";
  public static final String ENRICHED = "newsflow.articles.enriched";
  public static final String DELIVERED = "newsflow.articles.delivered";
  public static final String DUPLICATES_DROPPED = "newsflow.duplicates.dropped";
  public static final String DEAD_LETTERS = "newsflow.dead.letters";
  public static final String ENRICH_TIME = "newsflow.enrich";
  public static final String END_TO_END = "newsflow.end.to.end";
  public static final String ENTITIES = "newsflow.entities";
  public static final String SENTIMENT = "newsflow.articles.sentiment";
  public static final String SENTIMENT_THOUSANDTHS = "newsflow.article.sentiment.thousandths";

  /**
   * Bucket bounds of the sentiment histogram, in (score + 1) × 1000: Micrometer's histograms take
   * only positive bounds and count whole numbers (a value is rounded up to an integer before it is
   * bucketed), while scores are fractions in [-1, 1]. Finer near neutral, where most news scores.
   */
  private static final double[] SENTIMENT_BOUNDS = {
    250, 500, 750, 900, 950, 980, 1000, 1020, 1050, 1100, 1250, 1500, 1750, 2000
  };

  private final MeterRegistry registry;

  public PipelineMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  public MeterRegistry registry() {
    return registry;
  }

  public void ingested(String source) {
    Counter.builder(INGESTED)
        .description("Articles produced to the raw topic")
        .tag("source", source)
        .register(registry)
        .increment();
  }

  public void rejected(String source, String reason) {
    Counter.builder(REJECTED)
        .description("Input that could not be read as an article, sent to the dead-letter topic")
        .tag("source", source)
        .tag("reason", reason)
        .register(registry)
        .increment();
  }

  public void enriched() {
    Counter.builder(ENRICHED)
        .description("Articles written to the enriched topic")
        .register(registry)
        .increment();
  }

  /** An article written to the enriched topic: counted, its entities by type, its sentiment. */
  public void enriched(EnrichedArticle article) {
    enriched();
    article.entities().forEach(entity -> entity(entity.type().name()));
    sentiment(article.sentiment().score(), article.sentiment().label());
  }

  /** An article dropped by enrich because the same id with the same text went through already. */
  public void duplicateDropped() {
    duplicatesDropped().increment();
  }

  private Counter duplicatesDropped() {
    return Counter.builder(DUPLICATES_DROPPED)
        .description(
            "Articles re-sent with the same id and the same text, dropped by enrich instead of delivered twice")
        .register(registry);
  }

  public void delivered() {
    Counter.builder(DELIVERED)
        .description("Articles written downstream by the sink")
        .register(registry)
        .increment();
  }

  public void deadLetter(String stage, String reason) {
    Counter.builder(DEAD_LETTERS)
        .description("Records sent to the dead-letter topic")
        .tag("stage", stage)
        .tag("reason", reason)
        .register(registry)
        .increment();
  }

  /** One entity found in an enriched article, by its type (PERSON, LOCATION, ...). */
  public void entity(String type) {
    Counter.builder(ENTITIES)
        .description(
            "Entities found in enriched articles, by type (each distinct entity once per article)")
        .tag("type", type)
        .register(registry)
        .increment();
  }

  /**
   * An enriched article's sentiment score in [-1, 1]: counted by label and recorded in a histogram
   * whose bucket bound {@code le} is (score + 1) × 1000.
   */
  public void sentiment(double score, String label) {
    Counter.builder(SENTIMENT)
        .description("Enriched articles by sentiment label (negative, neutral, positive)")
        .tag("label", label)
        .register(registry)
        .increment();
    DistributionSummary.builder(SENTIMENT_THOUSANDTHS)
        .description(
            "Article sentiment as (score + 1) x 1000: 0 most negative, 1000 neutral, 2000 most positive")
        .serviceLevelObjectives(SENTIMENT_BOUNDS)
        .register(registry)
        .record(Math.round((Math.max(-1.0, Math.min(1.0, score)) + 1.0) * 1000.0));
  }

  public void enrichTime(Duration duration) {
    Timer.builder(ENRICH_TIME)
        .description("Time to enrich one article")
        .publishPercentileHistogram()
        .register(registry)
        .record(duration);
  }

  public void endToEnd(Duration duration) {
    Timer.builder(END_TO_END)
        .description("From the article's ingest timestamp to its downstream write")
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofMinutes(10))
        .register(registry)
        .record(duration.isNegative() ? Duration.ZERO : duration);
  }

  /** Registers the meters with no labels at zero, so dashboards show them before any traffic. */
  public PipelineMetrics registerAtZero() {
    Counter.builder(ENRICHED)
        .description("Articles written to the enriched topic")
        .register(registry);
    Counter.builder(DELIVERED)
        .description("Articles written downstream by the sink")
        .register(registry);
    duplicatesDropped();
    return this;
  }
}
