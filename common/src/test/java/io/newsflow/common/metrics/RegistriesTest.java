package io.newsflow.common.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RegistriesTest {
  @Test
  void kafkaTimesInNanosecondsAndMillisecondsAreServedInSeconds() {
    PrometheusMeterRegistry registry = Registries.prometheus("test");
    AtomicLong nanos = new AtomicLong(2_500_000_000L);
    FunctionCounter.builder("kafka.producer.io.time.ns.total", nanos, AtomicLong::doubleValue)
        .description("time spent in I/O")
        .register(registry);
    Gauge.builder("kafka.app.info.start.time.ms", () -> 1_700_000_000_000L).register(registry);

    String scrape = registry.scrape();

    assertThat(scrape)
        .contains("kafka_producer_io_time_seconds_total{service=\"test\"} 2.5")
        .contains("kafka_app_info_start_time_seconds{service=\"test\"} 1.7E9")
        .contains(
            "# HELP kafka_app_info_start_time_seconds Reported by the Kafka client without a description")
        .doesNotContain("nanoseconds", "_ns_", "milliseconds");
  }

  @Test
  void sentimentIsBucketedAsScorePlusOneInThousandths() {
    PrometheusMeterRegistry registry = Registries.prometheus("test");
    PipelineMetrics metrics = new PipelineMetrics(registry);
    metrics.sentiment(-0.04, "neutral");
    metrics.sentiment(0.3, "positive");

    String scrape = registry.scrape();

    assertThat(scrape)
        .contains("newsflow_article_sentiment_thousandths_bucket{service=\"test\",le=\"950.0\"} 0")
        .contains("newsflow_article_sentiment_thousandths_bucket{service=\"test\",le=\"980.0\"} 1")
        .contains("newsflow_article_sentiment_thousandths_bucket{service=\"test\",le=\"1250.0\"} 1")
        .contains("newsflow_article_sentiment_thousandths_bucket{service=\"test\",le=\"1500.0\"} 2")
        .contains("newsflow_articles_sentiment_total{label=\"positive\",service=\"test\"} 1.0");
  }
}
