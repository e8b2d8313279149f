package io.newsflow.sink.events;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.newsflow.common.article.ArticleFilter;
import io.newsflow.common.http.Replies;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.common.errors.InterruptException;

/**
 * {@code GET /subscribe?entity=NAME&type=TYPE&sentiment=LABEL}: the matching articles as
 * server-sent events for as long as the client stays, after those it missed since {@code
 * Last-Event-ID} when that article is among the latest the sink has seen. A comment first says
 * which of the two it is; another comes when nothing else was sent for a heartbeat's time, so that
 * proxies keep the connection open. A client that falls behind by more than its queue is
 * disconnected; it reconnects with its {@code Last-Event-ID} and gets what it missed.
 */
final class SubscribeHandler implements HttpHandler {
  /** How long a client waits for the stream to start reading (after a restart of the sink). */
  private static final Duration STARTING = Duration.ofSeconds(10);

  /** How often the writer looks up from its queue: a cut-off client is told within this. */
  private static final Duration LOOK_UP = Duration.ofMillis(500);

  private final ArticleStream stream;
  private final CatchUp catchUp;
  private final EventSettings settings;
  private final EventMetrics metrics;

  SubscribeHandler(
      ArticleStream stream, CatchUp catchUp, EventSettings settings, EventMetrics metrics) {
    this.stream = stream;
    this.catchUp = catchUp;
    this.settings = settings;
    this.metrics = metrics;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    ArticleFilter filter;
    try {
      filter = SubscribeQuery.parse(exchange.getRequestURI().getRawQuery());
    } catch (IllegalArgumentException e) {
      Replies.error(exchange, 400, e.getMessage());
      return;
    }
    if ("HEAD".equals(exchange.getRequestMethod())) {
      exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
      exchange.sendResponseHeaders(200, -1);
      return;
    }
    Optional<String> lastEventId =
        Optional.ofNullable(exchange.getRequestHeaders().getFirst("Last-Event-ID"))
            .map(String::strip)
            .filter(id -> !id.isEmpty());
    EventClient client = new EventClient(filter, settings.queue());
    Optional<ArticleStream.Start> start;
    try {
      start = stream.add(client, lastEventId, STARTING);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    if (start.isEmpty()) {
      exchange.getResponseHeaders().set("Retry-After", "5");
      Replies.error(exchange, 503, "the sink is not reading the downstream topic yet; retry");
      return;
    }
    metrics.connected();
    client.writtenBy(Thread.currentThread());
    try {
      stream(exchange, client, lastEventId, start.get());
    } catch (InterruptedException | InterruptException e) {
      // cut off for falling behind, or the server is stopping: either way the connection closes
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      if (!client.cutOff()) {
        throw e; // the client went away
      }
    } finally {
      client.released();
      stream.remove(client);
      metrics.disconnected();
      if (client.cutOff()) {
        metrics.tooSlow();
      }
    }
  }

  private void stream(
      HttpExchange exchange,
      EventClient client,
      Optional<String> lastEventId,
      ArticleStream.Start start)
      throws IOException, InterruptedException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Accel-Buffering", "no"); // nginx: pass events on at once
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    if (lastEventId.isEmpty()) {
      write(out, EventFrames.comment("newsflow: live"));
    } else if (start.from().isEmpty()) {
      // the sink keeps the positions of its latest articles only: an older id (or one from
      // another topic) cannot be placed, so the client is told it may have missed some
      write(out, EventFrames.comment("newsflow: last event id not among the latest; live"));
    } else {
      write(out, EventFrames.comment("newsflow: resuming after the last event id"));
      boolean complete = catchUp.run(start, client, frame -> send(out, frame));
      if (!complete) {
        write(out, EventFrames.comment("newsflow: could not read what was missed; reconnect"));
        return;
      }
    }
    long quietSince = System.nanoTime();
    while (true) {
      Optional<String> frame = client.next(LOOK_UP);
      if (frame.isPresent()) {
        send(out, frame.get());
        quietSince = System.nanoTime();
      } else if (client.cutOff()) {
        return;
      } else if (System.nanoTime() - quietSince >= settings.heartbeat().toNanos()) {
        write(out, EventFrames.comment("newsflow: heartbeat"));
        quietSince = System.nanoTime();
      }
    }
  }

  private void send(OutputStream out, String frame) throws IOException {
    write(out, frame);
    metrics.sent();
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
