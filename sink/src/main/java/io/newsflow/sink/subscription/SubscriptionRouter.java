package io.newsflow.sink.subscription;

import com.fasterxml.jackson.databind.ObjectReader;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.json.Json;
import io.newsflow.common.kafka.ProcessingResult;
import io.newsflow.sink.format.DownstreamFormat;
import io.newsflow.sink.format.NinjsWriter;
import java.io.IOException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Sends each enriched article to the topic subscriptions it matches by forwarding it (so it is
 * written in the stream's transaction, once per topic however many subscriptions name that topic).
 * Files and webhooks read the topic themselves ({@link SubscriptionConsumer}). Records that are not
 * enriched articles are left to the deliver step, which dead-letters them once.
 */
final class SubscriptionRouter
    implements Processor<String, byte[], String, ProcessingResult<Routed>> {
  static final String STAGE = DeadLetterSink.STAGE;
  private static final ObjectReader ENRICHED = Json.reader(EnrichedArticle.class);

  private final Supplier<Routes> routes;
  private final SubscriptionMetrics metrics;
  private final int maxPayloadBytes;
  private final NinjsWriter ninjs = new NinjsWriter();
  private ProcessorContext<String, ProcessingResult<Routed>> context;

  SubscriptionRouter(Supplier<Routes> routes, SubscriptionMetrics metrics, int maxPayloadBytes) {
    this.routes = routes;
    this.metrics = metrics;
    this.maxPayloadBytes = maxPayloadBytes;
  }

  @Override
  public void init(ProcessorContext<String, ProcessingResult<Routed>> context) {
    this.context = context;
  }

  @Override
  public void process(Record<String, byte[]> record) {
    Routes now = routes.get();
    if (now.subscriptions().isEmpty() || record.value() == null) {
      return;
    }
    EnrichedArticle article = read(record.value());
    if (article == null || article.id() == null) {
      return;
    }
    Map<DownstreamFormat, byte[]> rendered = new EnumMap<>(DownstreamFormat.class);
    Set<String> topicsWritten = new HashSet<>();
    for (Subscription subscription : now.subscriptions()) {
      if (subscription.target() instanceof Target.Topic topic
          && subscription.match().matches(article)
          && topicsWritten.add(topic.name())) {
        byte[] payload =
            rendered.computeIfAbsent(
                subscription.format(), format -> format.render(article, record.value(), ninjs));
        toTopic(record, subscription, topic, payload);
      }
    }
  }

  private void toTopic(
      Record<String, byte[]> record,
      Subscription subscription,
      Target.Topic topic,
      byte[] payload) {
    if (payload.length > maxPayloadBytes) {
      // the broker would refuse it, and under exactly_once_v2 that aborts the whole transaction
      fail(record, subscription, "too_large", payload.length + " bytes, over " + maxPayloadBytes);
      return;
    }
    metrics.delivered(subscription);
    context.forward(record.withValue(ProcessingResult.success(new Routed(topic.name(), payload))));
  }

  private void fail(
      Record<String, byte[]> record, Subscription subscription, String label, String why) {
    metrics.failed(subscription, label);
    context.forward(
        record.withValue(
            ProcessingResult.failure(
                record.value(), STAGE, DeadLetterSink.reason(subscription, why))));
  }

  /** The enriched article in {@code value}, or null when it is not one. */
  static EnrichedArticle read(byte[] value) {
    try {
      EnrichedArticle article = ENRICHED.readValue(value);
      return article != null && EnrichedArticle.SCHEMA.equals(article.schema()) ? article : null;
    } catch (IOException e) {
      return null;
    }
  }
}
