package io.newsflow.app.subscribe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A server-sent events client over the JDK's HTTP client, reading the stream line by line on a
 * thread of its own as a browser's EventSource would: events (with how many data lines each had)
 * and comments, in the order they came.
 */
final class EventStream implements AutoCloseable {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** One event as received; {@code dataLines} counts its {@code data:} lines. */
  record Event(String id, String data, int dataLines) {}

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final BlockingQueue<String> comments = new LinkedBlockingQueue<>();
  private final InputStream body;

  private EventStream(InputStream body) {
    this.body = body;
    Thread reader = new Thread(this::read, "event-stream-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /** Connects to {@code url}, sending {@code lastEventId} unless null. */
  static EventStream open(String url, String lastEventId) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    HttpResponse<InputStream> response =
        CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    if (response.statusCode() != 200) {
      String error = new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
      throw new AssertionError("GET " + url + ": " + response.statusCode() + " " + error);
    }
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream");
    return new EventStream(response.body());
  }

  private void read() {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
      String id = null;
      StringBuilder data = new StringBuilder();
      int dataLines = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isEmpty()) {
          if (dataLines > 0) {
            events.add(new Event(id, data.toString(), dataLines));
          }
          id = null;
          data.setLength(0);
          dataLines = 0;
        } else if (line.startsWith(":")) {
          comments.add(line.substring(1).strip());
        } else if (line.startsWith("id:")) {
          id = line.substring(3).strip();
        } else if (line.startsWith("data:")) {
          data.append(dataLines++ == 0 ? "" : "\n").append(line.substring(5).strip());
        }
      }
    } catch (IOException e) {
      // closed
    }
  }

  /** Waits for a comment that starts with {@code prefix}; returns it. */
  String awaitComment(String prefix, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    List<String> seen = new ArrayList<>();
    while (System.nanoTime() < end) {
      String comment = comments.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (comment != null && comment.startsWith(prefix)) {
        return comment;
      }
      seen.add(comment);
    }
    throw new AssertionError("no comment '" + prefix + "...' within " + timeout + "; saw " + seen);
  }

  /** Waits until {@code count} events came; returns them in order. */
  List<Event> awaitEvents(int count, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    List<Event> received = new ArrayList<>();
    while (received.size() < count && System.nanoTime() < end) {
      Event event = events.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (event != null) {
        received.add(event);
      }
    }
    assertThat(received).as("events within %s", timeout).hasSize(count);
    return received;
  }

  /** Waits until the event {@code id} came; returns it and the events before it, in order. */
  List<Event> awaitEvent(String id, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    List<Event> received = new ArrayList<>();
    while (System.nanoTime() < end) {
      Event event = events.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (event != null) {
        received.add(event);
        if (event.id().equals(id)) {
          return received;
        }
      }
    }
    throw new AssertionError("no event " + id + " within " + timeout + "; saw " + received);
  }

  /** The events that come within {@code wait}: none, when nothing more should. */
  List<Event> more(Duration wait) throws InterruptedException {
    Thread.sleep(wait.toMillis());
    List<Event> more = new ArrayList<>();
    events.drainTo(more);
    return more;
  }

  @Override
  public void close() throws IOException {
    body.close();
  }
}
