package io.newsflow.sink;

import io.newsflow.common.kafka.DeadLetterBranch;
import io.newsflow.common.kafka.ProcessingResult;
import io.newsflow.common.kafka.Topics;
import io.newsflow.common.metrics.PipelineMetrics;
import io.newsflow.sink.format.DownstreamFormat;
import io.newsflow.sink.subscription.SubscriptionTopology;
import io.newsflow.sink.subscription.Subscriptions;
import java.time.Clock;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/**
 * The sink topology:
 *
 * <pre>
 *   news.enriched ──▶ deliver (check, render) ──┬─▶ news.downstream
 *                                               └─▶ news.dlq  (reason, stage "deliver", origin)
 * </pre>
 *
 * Run with {@code exactly_once_v2}, each enriched article is written downstream exactly once: the
 * output, the dead letters and the consumed offsets commit in one transaction.
 */
public final class SinkTopology {
  private SinkTopology() {}

  public static void build(
      StreamsBuilder builder,
      Topics topics,
      DownstreamFormat format,
      PipelineMetrics metrics,
      Clock clock) {
    build(builder, topics, format, metrics, clock, Optional.empty());
  }

  /** As above, and each article also to the {@code subscriptions} it matches. */
  public static void build(
      StreamsBuilder builder,
      Topics topics,
      DownstreamFormat format,
      PipelineMetrics metrics,
      Clock clock,
      Optional<Subscriptions> subscriptions) {
    KStream<String, byte[]> enriched =
        builder.stream(
            topics.enriched().name(),
            Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("read-enriched"));
    subscriptions.ifPresent(s -> SubscriptionTopology.attach(enriched, s, topics, metrics));
    KStream<String, ProcessingResult<byte[]>> results =
        enriched.processValues(
            () -> new DeliverProcessor(format, metrics, clock, topics.maxValueBytes()),
            Named.as("deliver"));

    DeadLetterBranch.split(results, topics.deadLetters().name(), metrics, "deliver")
        .to(
            topics.downstream().name(),
            topics.downstream().produced().withName("write-downstream"));
  }
}
