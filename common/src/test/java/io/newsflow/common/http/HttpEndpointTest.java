package io.newsflow.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpHandler;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The guard in front of every endpoint, over real HTTP on a free port. */
@Timeout(30)
class HttpEndpointTest {
  private static final String TOKEN = "s3cret-token-for-tests-9d2f";

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static final HttpHandler HELLO =
      exchange ->
          Replies.send(
              exchange,
              200,
              "text/plain",
              "hello " + (AccessGuard.authenticated(exchange) ? "friend" : "stranger"));

  private static HttpEndpoint serve(HttpSettings settings, Route... routes) throws Exception {
    return HttpEndpoint.start("127.0.0.1", 0, settings, List.of(routes));
  }

  private HttpResponse<String> get(HttpEndpoint endpoint, String path, String... headers)
      throws Exception {
    return client.send(request(endpoint, path, headers), HttpResponse.BodyHandlers.ofString());
  }

  private CompletableFuture<HttpResponse<String>> getAsync(
      HttpEndpoint endpoint, String path, String... headers) {
    return client.sendAsync(request(endpoint, path, headers), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest request(HttpEndpoint endpoint, String path, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return request.build();
  }

  /** Counts down {@code entered}, then answers {@code answer} once {@code release} opens. */
  private static HttpHandler heldUntil(
      CountDownLatch entered, CountDownLatch release, String answer) {
    return exchange -> {
      entered.countDown();
      try {
        release.await(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      Replies.send(exchange, 200, "text/plain", answer);
    };
  }

  @Test
  void withoutATokenEverythingIsOpenAsBefore() throws Exception {
    try (HttpEndpoint endpoint = serve(HttpSettings.open(4), Route.get("/hello", HELLO))) {
      assertThat(get(endpoint, "/hello").body()).isEqualTo("hello friend");
      assertThat(get(endpoint, "/hello?token=anything").statusCode()).isEqualTo(200);
      assertThat(get(endpoint, "/elsewhere").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void withATokenOnlyCallersThatPresentItGetIn() throws Exception {
    try (HttpEndpoint endpoint =
        serve(HttpSettings.withToken(TOKEN, 4), Route.get("/hello", HELLO))) {
      HttpResponse<String> none = get(endpoint, "/hello");
      assertThat(none.statusCode()).isEqualTo(401);
      assertThat(none.headers().firstValue("WWW-Authenticate"))
          .hasValue("Bearer realm=\"newsflow\"");
      assertThat(none.headers().firstValue("Content-Type")).hasValue("application/json");
      assertThat(none.body()).startsWith("{\"error\":");
      assertThat(get(endpoint, "/hello", "Authorization", "Bearer not-it").statusCode())
          .isEqualTo(401);
      assertThat(get(endpoint, "/hello", "Authorization", "Bearer " + TOKEN + "x").statusCode())
          .isEqualTo(401);
      assertThat(get(endpoint, "/hello", "Authorization", "Basic " + TOKEN).statusCode())
          .isEqualTo(401);
      assertThat(get(endpoint, "/hello", "Authorization", "Bearer " + TOKEN).body())
          .isEqualTo("hello friend");
      // paths nobody serves say nothing either without the token
      assertThat(get(endpoint, "/elsewhere").statusCode()).isEqualTo(401);
      assertThat(get(endpoint, "/elsewhere", "Authorization", "Bearer " + TOKEN).statusCode())
          .isEqualTo(404);
    }
  }

  @Test
  void anOpenRouteAnswersEveryoneAndKnowsWhoProvedTheToken() throws Exception {
    try (HttpEndpoint endpoint =
        serve(HttpSettings.withToken(TOKEN, 4), Route.get("/health", HELLO).openToAll())) {
      assertThat(get(endpoint, "/health").body()).isEqualTo("hello stranger");
      assertThat(get(endpoint, "/health", "Authorization", "Bearer wrong").body())
          .isEqualTo("hello stranger");
      assertThat(get(endpoint, "/health", "Authorization", "Bearer " + TOKEN).body())
          .isEqualTo("hello friend");
    }
  }

  @Test
  void aBrowserTradesTheTokenInTheAddressForASessionCookie() throws Exception {
    try (HttpEndpoint endpoint =
        serve(
            HttpSettings.withToken(TOKEN, 4),
            Route.get("/", HELLO),
            Route.post("/push", HELLO, 100))) {
      assertThat(get(endpoint, "/?token=wrong").statusCode()).isEqualTo(401);

      HttpResponse<String> login = get(endpoint, "/?token=" + TOKEN);
      assertThat(login.statusCode()).isEqualTo(303);
      assertThat(login.headers().firstValue("Location")).hasValue("/");
      String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
      assertThat(setCookie)
          .startsWith("newsflow_session=")
          .contains("HttpOnly")
          .contains("SameSite=Strict")
          .contains("Path=/")
          .doesNotContain(TOKEN);
      String cookie = setCookie.substring(0, setCookie.indexOf(';'));

      assertThat(get(endpoint, "/", "Cookie", "theme=dark; " + cookie).body())
          .isEqualTo("hello friend");
      assertThat(get(endpoint, "/", "Cookie", "newsflow_session=forged").statusCode())
          .isEqualTo(401);
      // the cookie opens reading only: another port of the same host gets it too
      HttpResponse<String> pushWithCookie =
          client.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + "/push"))
                  .header("Cookie", cookie)
                  .POST(HttpRequest.BodyPublishers.ofString("x"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(pushWithCookie.statusCode()).isEqualTo(401);
    }
  }

  @Test
  void wrongMethodsAndUnwantedBodiesAreRefused() throws Exception {
    try (HttpEndpoint endpoint = serve(HttpSettings.open(4), Route.get("/hello", HELLO))) {
      HttpResponse<String> post =
          client.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + "/hello"))
                  .PUT(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(post.statusCode()).isEqualTo(405);
      assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");

      HttpResponse<String> getWithBody =
          client.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + "/hello"))
                  .method("GET", HttpRequest.BodyPublishers.ofString("unwanted"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(getWithBody.statusCode()).isEqualTo(413);
      assertThat(get(endpoint, "/hello").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void beyondTheLimitInFlightRequestsAreRefusedAtOnce() throws Exception {
    CountDownLatch entered = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    HttpHandler slow = heldUntil(entered, release, "done");
    try (HttpEndpoint endpoint =
        serve(HttpSettings.open(2), Route.get("/slow", slow), Route.get("/hello", HELLO))) {
      List<CompletableFuture<HttpResponse<String>>> held = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        held.add(getAsync(endpoint, "/slow"));
      }
      assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

      long start = System.nanoTime();
      HttpResponse<String> refused = get(endpoint, "/hello");
      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));

      release.countDown();
      for (CompletableFuture<HttpResponse<String>> response : held) {
        assertThat(response.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      }
      assertThat(get(endpoint, "/hello").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void openStreamsHaveTheirOwnLimitAndLeaveRequestsTheirs() throws Exception {
    CountDownLatch entered = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    HttpHandler stream = heldUntil(entered, release, "ended");
    try (HttpEndpoint endpoint =
        serve(
            HttpSettings.withToken(TOKEN, 1),
            Route.stream("/events", stream, 2),
            Route.get("/hello", HELLO))) {
      String bearer = "Bearer " + TOKEN;
      assertThat(get(endpoint, "/events").statusCode()).as("behind the token").isEqualTo(401);
      List<CompletableFuture<HttpResponse<String>>> open = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        open.add(getAsync(endpoint, "/events", "Authorization", bearer));
      }
      assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

      HttpResponse<String> third = get(endpoint, "/events", "Authorization", bearer);
      assertThat(third.statusCode()).isEqualTo(429);
      assertThat(third.body()).contains("streams");
      // the only request permit is still free while both streams run
      assertThat(get(endpoint, "/hello", "Authorization", bearer).statusCode()).isEqualTo(200);

      release.countDown();
      for (CompletableFuture<HttpResponse<String>> response : open) {
        assertThat(response.get(10, TimeUnit.SECONDS).body()).isEqualTo("ended");
      }
    }
  }

  @Test
  void aFailingHandlerIs500WithoutItsInsides() throws Exception {
    HttpHandler failing =
        exchange -> {
          throw new IllegalStateException("connection to db-7.internal:5432 refused");
        };
    try (HttpEndpoint endpoint = serve(HttpSettings.open(4), Route.get("/fail", failing))) {
      HttpResponse<String> failed = get(endpoint, "/fail");
      assertThat(failed.statusCode()).isEqualTo(500);
      assertThat(failed.headers().firstValue("Content-Type")).hasValue("application/json");
      assertThat(failed.body())
          .startsWith("{\"error\":")
          .doesNotContain("IllegalStateException")
          .doesNotContain("db-7")
          .doesNotContain("at io.newsflow");
      assertThat(get(endpoint, "/fail").statusCode()).isEqualTo(500); // and it keeps serving
    }
  }

  @Test
  void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyComes() throws Exception {
    try (HttpEndpoint endpoint = serve(HttpSettings.open(4), Route.post("/push", HELLO, 1_000));
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), endpoint.port())) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          "POST /push HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000000\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      byte[] status = socket.getInputStream().readNBytes(12);
      assertThat(new String(status, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 413");
    }
  }
}
