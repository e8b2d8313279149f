package io.newsflow.enrich.trend;

import io.newsflow.common.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Asks another enrich instance for the trend counts of its partitions, over its HTTP port, with the
 * credentials the caller presented here (every instance takes the same token).
 */
public final class TrendPeers {
  private final HttpClient client;
  private final Duration timeout;

  public TrendPeers(Duration timeout) {
    this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    this.timeout = timeout;
  }

  /** The caller's {@code Authorization} and {@code Cookie} headers, passed on as they came. */
  public record Credentials(Map<String, String> headers) {
    public Credentials {
      headers = Map.copyOf(headers);
    }
  }

  Trends ask(HostInfo peer, String query, Credentials credentials) throws TrendsUnavailable {
    String where = peer.host() + ":" + peer.port();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://" + where + "/trends?" + query))
            .timeout(timeout)
            .GET();
    credentials.headers().forEach(request::header);
    try {
      HttpResponse<String> answer =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new TrendsUnavailable(
            "the instance at " + where + " answered " + answer.statusCode() + ": " + answer.body());
      }
      return Json.reader(Trends.class).readValue(answer.body());
    } catch (IOException e) {
      throw new TrendsUnavailable("the instance at " + where + " did not answer: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TrendsUnavailable("interrupted while asking " + where, e);
    }
  }
}
