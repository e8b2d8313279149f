package io.newsflow.common.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * The pipeline's own meters, named once here. Prometheus sees {@code newsflow.articles.ingested}
 * as {@code newsflow_articles_ingested_total} and the timers as {@code newsflow_*_seconds}
 * histograms; dashboards and alerts rely on these names (the contract lists them).
 */
public final class PipelineMetrics {
  public static final String INGESTED = "newsflow.articles.ingested";
  public static final String REJECTED = "newsflow.articles.rejected";
  public static final String ENRICHED = "newsflow.articles.enriched";
  public static final String DELIVERED = "newsflow.articles.delivered";
  public static final String DEAD_LETTERS = "newsflow.dead.letters";
  public static final String ENRICH_TIME = "newsflow.enrich";
  public static final String END_TO_END = "newsflow.end.to.end";

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

  public void rejected(String reason) {
    Counter.builder(REJECTED)
        .description("Input that could not be read as an article, sent to the dead-letter topic")
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
    Counter.builder(ENRICHED).description("Articles written to the enriched topic").register(registry);
    Counter.builder(DELIVERED).description("Articles written downstream by the sink").register(registry);
    return this;
  }
}
