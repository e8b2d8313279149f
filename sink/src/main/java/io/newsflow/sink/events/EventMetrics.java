package io.newsflow.sink.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;

/** The meters of the {@code /subscribe} stream, registered at zero so dashboards see them. */
final class EventMetrics {
  private final AtomicInteger clients = new AtomicInteger();
  private final Counter sent;
  private final Counter tooSlow;

  EventMetrics(MeterRegistry registry) {
    Gauge.builder("newsflow.sse.clients", clients, AtomicInteger::get)
        .description("Server-sent event streams open on /subscribe")
        .register(registry);
    sent =
        Counter.builder("newsflow.sse.events")
            .description("Articles sent as server-sent events on /subscribe")
            .register(registry);
    tooSlow =
        Counter.builder("newsflow.sse.slow.disconnects")
            .description("Server-sent event clients cut off because they fell behind")
            .register(registry);
  }

  void connected() {
    clients.incrementAndGet();
  }

  void disconnected() {
    clients.decrementAndGet();
  }

  void sent() {
    sent.increment();
  }

  void tooSlow() {
    tooSlow.increment();
  }
}
