package io.newsflow.sink.subscription;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * POSTs each article to a webhook: {@code X-Newsflow-Id} names it, {@code X-Newsflow-Signature}
 * signs it when the subscription has a secret. A 2xx answer is delivery; a 5xx, 408 or 429, a
 * timeout or a broken connection is tried again after a {@link Backoff}, up to the subscription's
 * attempts; any other answer is final.
 */
final class WebhookSender implements Sender {
  static final String ID_HEADER = "X-Newsflow-Id";

  private final Subscription subscription;
  private final Target.Webhook target;
  private final HttpClient client;
  private final SubscriptionMetrics metrics;
  private final Backoff backoff;

  WebhookSender(
      Subscription subscription,
      Target.Webhook target,
      HttpClient client,
      SubscriptionMetrics metrics) {
    this.subscription = subscription;
    this.target = target;
    this.client = client;
    this.metrics = metrics;
    this.backoff = new Backoff(subscription.tuning().backoff());
  }

  @Override
  public void send(Delivery delivery) throws DeliveryFailure, InterruptedException {
    HttpRequest request = request(delivery);
    int attempts = subscription.tuning().attempts();
    for (int attempt = 1; ; attempt++) {
      DeliveryFailure failure = attempt(request);
      if (failure == null) {
        return;
      }
      if (attempt >= attempts || !failure.retriable()) {
        throw new DeliveryFailure(
            failure.label(),
            failure.getMessage() + " after " + attempt + (attempt == 1 ? " try" : " tries"));
      }
      Thread.sleep(backoff.after(attempt).toMillis());
    }
  }

  private HttpRequest request(Delivery delivery) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target.uri())
            .timeout(subscription.tuning().timeout())
            .header("Content-Type", "application/json")
            .header(ID_HEADER, delivery.id())
            .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.payload()));
    subscription
        .secret()
        .ifPresent(
            secret -> request.header(Signature.HEADER, Signature.of(secret, delivery.payload())));
    return request.build();
  }

  /** One try: null when delivered, else why not. */
  private DeliveryFailure attempt(HttpRequest request) throws InterruptedException {
    long start = System.nanoTime();
    try {
      int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status / 100 == 2) {
        return null;
      }
      boolean retriable = status >= 500 || status == 408 || status == 429;
      return new DeliveryFailure("http_status", "webhook answered HTTP " + status, retriable);
    } catch (HttpTimeoutException e) {
      return new DeliveryFailure(
          "timeout", "webhook did not answer within " + subscription.tuning().timeout(), true);
    } catch (IOException e) {
      return new DeliveryFailure("connection", "webhook unreachable: " + e, true);
    } finally {
      metrics.webhookRequest(subscription, Duration.ofNanos(System.nanoTime() - start));
    }
  }
}
