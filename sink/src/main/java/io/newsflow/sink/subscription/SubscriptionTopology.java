package io.newsflow.sink.subscription;

import io.newsflow.common.kafka.DeadLetterBranch;
import io.newsflow.common.kafka.Topics;
import io.newsflow.common.metrics.PipelineMetrics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The subscriptions' branch of the sink topology:
 *
 * <pre>
 *   news.enriched ──▶ subscriptions (match, render) ──┬─▶ each matching subscription's topic
 *                     └─▶ file and webhook queues      └─▶ news.dlq  (stage "sink")
 * </pre>
 *
 * The topic of each record is chosen as it is written, from the subscriptions in force, so a
 * reloaded file routes to new topics without a new topology; the writes are in the sink's
 * transaction, exactly once with {@code news.downstream}.
 */
public final class SubscriptionTopology {
  private SubscriptionTopology() {}

  public static void attach(
      KStream<String, byte[]> enriched,
      Subscriptions subscriptions,
      Topics topics,
      PipelineMetrics metrics) {
    DeadLetterBranch.split(
            enriched.process(
                () ->
                    new SubscriptionRouter(
                        subscriptions::routes, subscriptions.metrics(), topics.maxValueBytes()),
                Named.as("subscriptions")),
            topics.deadLetters().name(),
            metrics,
            "subscriptions")
        .to(
            Routed.TOPIC,
            Produced.with(Serdes.String(), Routed.SERDE).withName("write-subscriptions"));
  }
}
