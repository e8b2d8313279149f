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
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Sends each enriched article to the subscriptions it matches: to a topic by forwarding it (so it
 * is written in the stream's transaction, once per topic however many subscriptions name that
 * topic), to a file or webhook by queueing it. A queue that is full makes a dead letter, in the
 * transaction too. Records that are not enriched articles are left to the deliver step, which
 * dead-letters them once.
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
      if (!subscription.match().matches(article)) {
        continue;
      }
      byte[] payload =
          rendered.computeIfAbsent(
              subscription.format(), format -> format.render(article, record.value(), ninjs));
      if (subscription.target() instanceof Target.Topic topic) {
        if (topicsWritten.add(topic.name())) {
          toTopic(record, subscription, topic, payload);
        }
      } else if (!now.offer(subscription, delivery(article, payload, record.value()))) {
        fail(record, subscription, "queue_full", "its queue is full (the target is too slow)");
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

  private Delivery delivery(EnrichedArticle article, byte[] payload, byte[] original) {
    RecordMetadata origin = context.recordMetadata().orElse(null);
    return origin == null
        ? new Delivery(article.id(), payload, original, null, -1, -1)
        : new Delivery(
            article.id(), payload, original, origin.topic(), origin.partition(), origin.offset());
  }

  private static EnrichedArticle read(byte[] value) {
    try {
      EnrichedArticle article = ENRICHED.readValue(value);
      return article != null && EnrichedArticle.SCHEMA.equals(article.schema()) ? article : null;
    } catch (IOException e) {
      return null;
    }
  }
}
