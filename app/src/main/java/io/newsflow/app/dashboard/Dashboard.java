package io.newsflow.app.dashboard;

import com.sun.net.httpserver.HttpHandler;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.kafka.KafkaSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The live dashboard: the page, its JSON API over the given meters, and the consumer that keeps the
 * latest delivered articles. Mount {@link #handlers()} on any port; close to stop the consumer.
 */
public final class Dashboard implements AutoCloseable {
  private final DashboardFeed feed;
  private final Map<String, HttpHandler> handlers;

  private Dashboard(DashboardFeed feed, Map<String, HttpHandler> handlers) {
    this.feed = feed;
    this.handlers = handlers;
  }

  public static Dashboard start(
      KafkaSettings kafka,
      MeterRegistry registry,
      Clock clock,
      Consumer<EnrichedArticle> listener) {
    RecentNews news = new RecentNews(25, Duration.ofMinutes(10), Duration.ofSeconds(10));
    DashboardFeed feed = new DashboardFeed(kafka, news, clock, listener).start();
    return new Dashboard(
        feed,
        Map.of(
            "/", new StaticResources(),
            "/api/dashboard", new DashboardApi(registry, news, clock)));
  }

  public Map<String, HttpHandler> handlers() {
    return handlers;
  }

  @Override
  public void close() {
    feed.close();
  }
}
