package io.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.common.http.HttpSettings;
import io.newsflow.ingest.format.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code http:PORT} over real HTTP: what it answers, who may push, how much. */
class HttpPushSourceTest {
  private static final HttpSettings OPEN =
      HttpSettings.open(HttpSettings.DEFAULT_MAX_CONCURRENT_PUSHES);
  private static final String TOKEN = "push-token-3f9c1a7e5b";

  private final HttpClient client = HttpClient.newHttpClient();
  private final List<String> received = new CopyOnWriteArrayList<>();
  private HttpPushSource push;
  private Thread thread;

  /** Runs a push source whose sink takes bodies starting with "{" and rejects the rest. */
  private int start(HttpSettings http, ReadLimits limits) throws InterruptedException {
    push = new HttpPushSource("127.0.0.1", 0, http, limits);
    thread =
        new Thread(
            () -> {
              try {
                push.run(
                    item -> {
                      String body = new String(item.bytes(), StandardCharsets.UTF_8);
                      received.add(body);
                      return body.startsWith("{")
                          ? new Receipt(List.of("id-" + received.size()), List.of())
                          : new Receipt(List.of(), List.of("empty: text: no headline and no body"));
                    });
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    thread.start();
    return push.port();
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (push != null) {
      push.close();
      thread.join(5_000);
      assertThat(thread.isAlive()).isFalse();
    }
  }

  private HttpResponse<String> post(int port, BodyPublisher body, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/articles")).POST(body);
    if (headers.length > 0) {
      request.headers(headers);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static BodyPublisher text(String body) {
    return HttpRequest.BodyPublishers.ofString(body);
  }

  @Test
  @Timeout(20)
  void answersWithIdsOrReasons() throws Exception {
    int port = start(OPEN, ReadLimits.defaults());
    HttpResponse<String> accepted = post(port, text("{\"headline\":\"x\"}"));
    assertThat(accepted.statusCode()).isEqualTo(202);
    assertThat(accepted.body()).isEqualTo("{\"ids\":[\"id-1\"],\"rejected\":[]}");
    HttpResponse<String> refused = post(port, text(" "));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("no headline and no body");
    HttpResponse<String> get =
        client.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(get.headers().firstValue("Allow")).hasValue("POST");
  }

  @Test
  @Timeout(20)
  void withATokenOnlyPushesThatCarryItAreTaken() throws Exception {
    int port = start(HttpSettings.withToken(TOKEN, 4), ReadLimits.defaults());
    String article = "{\"headline\":\"x\"}";

    HttpResponse<String> without = post(port, text(article));
    assertThat(without.statusCode()).isEqualTo(401);
    assertThat(without.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
    assertThat(without.body()).contains("\"error\"");
    assertThat(post(port, text(article), "Authorization", "Bearer wrong").statusCode())
        .isEqualTo(401);
    assertThat(received).isEmpty();

    HttpResponse<String> with = post(port, text(article), "Authorization", "Bearer " + TOKEN);
    assertThat(with.statusCode()).isEqualTo(202);
    assertThat(received).containsExactly(article);
  }

  @Test
  @Timeout(30)
  void aBodyOverTheBoundIs413AndPushingGoesOn() throws Exception {
    ReadLimits limits = new ReadLimits(1_000, 5_000);
    assertThat(HttpPushSource.maxBodyBytes(limits)).isEqualTo(5_000);
    int port = start(OPEN, limits);
    String big = "{\"headline\":\"" + "x".repeat(6_000) + "\"}";

    // the length it says is enough: 413 before a byte of the body is sent
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /articles HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000000\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String statusLine =
          new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
      assertThat(statusLine).isEqualTo("HTTP/1.1 413");
    }
    assertThat(post(port, text(big)).statusCode()).isEqualTo(413);
    // a chunked body says nothing of its length: refused once it has gone past the limit
    InputStream stream = new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> chunked =
        post(port, HttpRequest.BodyPublishers.ofInputStream(() -> stream));
    assertThat(chunked.statusCode()).isEqualTo(413);
    assertThat(chunked.body()).contains("over the limit of 5000 bytes");
    assertThat(received).isEmpty();

    // over the article limit but within the bound: read, so that ingest can dead-letter it
    String overArticle = "{\"headline\":\"" + "y".repeat(2_000) + "\"}";
    post(port, text(overArticle));
    assertThat(received).containsExactly(overArticle);
    received.clear();

    String small = "{\"headline\":\"still here\"}";
    assertThat(post(port, text(small)).statusCode()).isEqualTo(202);
    assertThat(received).containsExactly(small);
  }

  @Test
  @Timeout(10)
  void aTakenPortFailsInsteadOfHanging() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      HttpPushSource taker =
          new HttpPushSource("127.0.0.1", taken.getLocalPort(), OPEN, ReadLimits.defaults());
      assertThatThrownBy(() -> taker.run(item -> new Receipt(List.of(), List.of())))
          .isInstanceOf(java.io.IOException.class)
          .hasMessageContaining("cannot listen");
      assertThatThrownBy(taker::port).isInstanceOf(IllegalStateException.class);
    }
  }
}
