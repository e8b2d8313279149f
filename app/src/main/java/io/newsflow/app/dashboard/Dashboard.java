package io.newsflow.app.dashboard;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.http.Route;
import io.newsflow.common.kafka.KafkaSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The live dashboard: the page, its JSON API over the given meters, and the consumer that keeps the
 * latest delivered articles. Mount {@link #routes()} on any port; close to stop the consumer.
 */
public final class Dashboard implements AutoCloseable {
  private final DashboardFeed feed;
  private final List<Route> routes;

  private Dashboard(DashboardFeed feed, List<Route> routes) {
    this.feed = feed;
    this.routes = routes;
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
        List.of(
            Route.get("/", new StaticResources()),
            Route.get("/api/dashboard", new DashboardApi(registry, news, clock))));
  }

  public List<Route> routes() {
    return routes;
  }

  @Override
  public void close() {
    feed.close();
  }
}
