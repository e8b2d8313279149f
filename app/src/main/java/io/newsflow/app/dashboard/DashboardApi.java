package io.newsflow.app.dashboard;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.common.http.Replies;
import io.newsflow.common.metrics.PipelineMetrics;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/dashboard}: one JSON document with everything the live page draws, read from the
 * same meters that {@code /metrics} serves and from {@link RecentNews}.
 */
public final class DashboardApi implements HttpHandler {
  private static final Duration RATE_WINDOW = Duration.ofSeconds(10);

  private record Sample(Instant time, double ingested, double delivered) {}

  private final MeterRegistry registry;
  private final RecentNews news;
  private final Clock clock;
  private final Deque<Sample> samples = new ArrayDeque<>();

  public DashboardApi(MeterRegistry registry, RecentNews news, Clock clock) {
    this.registry = registry;
    this.news = news;
    this.clock = clock;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    Replies.json(exchange, 200, snapshot());
  }

  public Map<String, Object> snapshot() {
    Instant now = clock.instant();
    double ingested = sum(PipelineMetrics.INGESTED);
    double delivered = sum(PipelineMetrics.DELIVERED);
    Map<String, Object> counters = new LinkedHashMap<>();
    counters.put("ingested", ingested);
    counters.put("rejected", sum(PipelineMetrics.REJECTED));
    counters.put("enriched", sum(PipelineMetrics.ENRICHED));
    counters.put("delivered", delivered);
    counters.put("deadLetters", sum(PipelineMetrics.DEAD_LETTERS));

    Map<String, Object> body = new LinkedHashMap<>();
    body.put("time", now.toString());
    body.put("counters", counters);
    body.put("rates", rates(now, ingested, delivered));
    body.put(
        "latency",
        Map.of(
            "endToEnd", percentiles(registry.find(PipelineMetrics.END_TO_END).timer()),
            "enrich", percentiles(registry.find(PipelineMetrics.ENRICH_TIME).timer())));
    body.put("lag", Map.of("total", lag()));
    body.put("deadLetters", deadLetters());
    body.put("topEntities", news.topEntities(15, now));
    body.put("sentiment", news.sentiment(now));
    body.put("latest", news.latest());
    return body;
  }

  private synchronized Map<String, Double> rates(Instant now, double ingested, double delivered) {
    samples.addLast(new Sample(now, ingested, delivered));
    while (samples.size() > 2 && samples.peekFirst().time().isBefore(now.minus(RATE_WINDOW))) {
      samples.removeFirst();
    }
    Sample first = samples.peekFirst();
    double seconds = Duration.between(first.time(), now).toMillis() / 1000.0;
    if (seconds <= 0) {
      return Map.of("ingestedPerSecond", 0.0, "deliveredPerSecond", 0.0);
    }
    return Map.of(
        "ingestedPerSecond", (ingested - first.ingested()) / seconds,
        "deliveredPerSecond", (delivered - first.delivered()) / seconds);
  }

  private static Map<String, Double> percentiles(Timer timer) {
    Map<String, Double> p = new LinkedHashMap<>();
    p.put("p50", HistogramQuantiles.millis(timer, 0.50));
    p.put("p95", HistogramQuantiles.millis(timer, 0.95));
    p.put("p99", HistogramQuantiles.millis(timer, 0.99));
    p.replaceAll((k, v) -> v.isNaN() ? null : v);
    return p;
  }

  private double sum(String name) {
    double total = 0;
    for (Counter c : registry.find(name).counters()) {
      total += c.count();
    }
    for (FunctionCounter c : registry.find(name).functionCounters()) {
      total += c.count();
    }
    return total;
  }

  /** Records the pipeline's consumers are behind, summed over their partitions. */
  private double lag() {
    double total = 0;
    for (Gauge g : registry.find("kafka.consumer.fetch.manager.records.lag").gauges()) {
      double v = g.value();
      if (!Double.isNaN(v) && v > 0) {
        total += v;
      }
    }
    return total;
  }

  private List<Map<String, Object>> deadLetters() {
    return registry.find(PipelineMetrics.DEAD_LETTERS).counters().stream()
        .map(
            c -> {
              Map<String, Object> row = new LinkedHashMap<>();
              row.put("stage", c.getId().getTag("stage"));
              row.put("reason", c.getId().getTag("reason"));
              row.put("count", c.count());
              return row;
            })
        .toList();
  }
}
