package io.newsflow.enrich.trend;

import io.newsflow.common.article.EntityTrend;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;

/**
 * Trends as all enrich instances together know them: each instance holds the counts of the
 * partitions it works on, so this one reads its own and asks the others for theirs, one partition
 * list each, as the group last assigned them. A partition is read only from where it is active and
 * running; anything else (a rebalance, a store still restoring, an instance that does not answer)
 * makes the whole answer unavailable, never a partial count.
 */
public final class TrendQuery {
  /** The repartition topic the trend stores are partitioned by (after the application id). */
  private static final String PARTITIONED_BY = "-trend-counts-repartition";

  private final KafkaStreams streams;
  private final HostInfo self;
  private final TrendPeers peers;

  /**
   * @param self this instance's {@code application.server}
   */
  public TrendQuery(KafkaStreams streams, HostInfo self, TrendPeers peers) {
    this.streams = streams;
    this.self = self;
    this.peers = peers;
  }

  /** The answer to {@code request} from every instance, merged. */
  Trends everywhere(TrendsRequest request, Instant at, TrendPeers.Credentials credentials)
      throws TrendsUnavailable {
    KafkaStreams running = running();
    List<Trends> parts = new ArrayList<>();
    TreeSet<Integer> seen = new TreeSet<>();
    for (StreamsMetadata instance : running.streamsMetadataForStore(request.window().store())) {
      Set<Integer> partitions = trendPartitions(instance);
      if (partitions.isEmpty()) {
        continue;
      }
      if (!Collections.disjoint(seen, partitions)) {
        throw new TrendsUnavailable("partitions are moving between instances; ask again");
      }
      seen.addAll(partitions);
      if (instance.hostInfo().port() < 0) {
        throw new TrendsUnavailable(
            "an enrich instance holding partitions "
                + partitions
                + " serves no /trends: start every instance with --http-port");
      }
      parts.add(
          instance.hostInfo().equals(self)
              ? local(request, at, partitions)
              : peers.ask(instance.hostInfo(), request.forPartitions(at, partitions), credentials));
    }
    if (seen.isEmpty() || seen.size() != seen.last() + 1) {
      throw new TrendsUnavailable("not every partition of the trend counts is assigned yet");
    }
    return Trends.merge(request.window(), request.window().startHolding(at), parts, request.top());
  }

  /** The answer to {@code request} from this instance's active stores of {@code partitions}. */
  Trends local(TrendsRequest request, Instant at, Set<Integer> partitions)
      throws TrendsUnavailable {
    KafkaStreams running = running();
    List<ReadOnlyWindowStore<String, EntityTrend>> stores = new ArrayList<>();
    for (int partition : partitions) {
      try {
        stores.add(
            running.store(
                StoreQueryParameters.fromNameAndType(
                        request.window().store(),
                        QueryableStoreTypes.<String, EntityTrend>windowStore())
                    .withPartition(partition)));
      } catch (InvalidStateStoreException e) {
        throw new TrendsUnavailable(
            "partition " + partition + " is not active here now (" + e.getMessage() + ")", e);
      }
    }
    try {
      return Trends.read(request.window(), at, request.top(), stores);
    } catch (InvalidStateStoreException e) {
      throw new TrendsUnavailable("a store closed while read: " + e.getMessage(), e);
    }
  }

  private KafkaStreams running() throws TrendsUnavailable {
    KafkaStreams.State state = streams.state();
    if (state != KafkaStreams.State.RUNNING) {
      throw new TrendsUnavailable("enrich is " + state + "; counts are answered when it runs");
    }
    return streams;
  }

  private static Set<Integer> trendPartitions(StreamsMetadata instance) {
    Set<Integer> partitions = new TreeSet<>();
    for (TopicPartition partition : instance.topicPartitions()) {
      if (partition.topic().endsWith(PARTITIONED_BY)) {
        partitions.add(partition.partition());
      }
    }
    return partitions;
  }
}
