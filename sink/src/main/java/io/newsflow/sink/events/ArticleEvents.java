package io.newsflow.sink.events;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.common.http.Route;
import io.newsflow.common.kafka.KafkaSettings;
import java.time.Duration;

/**
 * The sink's {@code GET /subscribe}: delivered articles as server-sent events. Mount {@link
 * #route()} on an HTTP endpoint; close to stop reading the topic.
 */
public final class ArticleEvents implements AutoCloseable {
  /** The longest a resuming client's catch-up may take before it is told to reconnect. */
  private static final Duration CATCH_UP = Duration.ofSeconds(60);

  private final ArticleStream stream;
  private final Route route;

  private ArticleEvents(ArticleStream stream, Route route) {
    this.stream = stream;
    this.route = route;
  }

  /** Starts reading the downstream topic of {@code kafka}. */
  public static ArticleEvents start(
      KafkaSettings kafka, EventSettings settings, MeterRegistry registry) {
    ArticleStream stream = new ArticleStream(kafka, settings).start();
    SubscribeHandler handler =
        new SubscribeHandler(
            stream, new CatchUp(kafka, CATCH_UP), settings, new EventMetrics(registry));
    return new ArticleEvents(stream, Route.stream("/subscribe", handler, settings.maxClients()));
  }

  public Route route() {
    return route;
  }

  @Override
  public void close() {
    stream.close();
  }

  @Override
  public String toString() {
    return "the /subscribe stream";
  }
}
