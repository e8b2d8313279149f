package io.newsflow.enrich.dedup;

import io.newsflow.common.json.JsonSerde;
import io.newsflow.common.kafka.ProcessingResult;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Holds each story until every band has voted on it, then sends it on marked {@code duplicateOf}
 * the earliest near-copy any band found, or unmarked. Stories and votes arrive keyed by
 * fingerprint, so a story and its votes meet in this task whichever instance read the story or
 * stored its bands. Whichever comes last releases the story; until then the votes so far and (if it
 * came first) the raw story with its headers wait in stores. A story released by its last vote is
 * read again from its raw record (microseconds) and leaves with that record's headers, which name
 * the raw topic, partition, offset and key: so a dead letter from any later step carries the raw
 * story and its origin, as it would had the story itself come last. Correct exactly once only,
 * where the stores commit with the output: at least once, a replayed story could wait for votes
 * already consumed, so the topology leaves this step out there.
 */
public final class NearDuplicateVerdict<S extends Story<S>>
    implements FixedKeyProcessor<String, Arrival<S>, ProcessingResult<S>> {
  public static final String STORIES = "near-duplicate-stories";
  public static final String VOTES = "near-duplicate-tallies";

  private final NearDuplicateSketch sketch;
  private final Function<byte[], ProcessingResult<S>> read;
  private KeyValueStore<String, Awaiting> stories;
  private KeyValueStore<String, Tally> votes;
  private FixedKeyProcessorContext<String, ProcessingResult<S>> context;

  /**
   * @param read reads a waiting story again from its raw record, as it was read before it waited
   */
  public NearDuplicateVerdict(
      NearDuplicateSketch sketch, Function<byte[], ProcessingResult<S>> read) {
    this.sketch = sketch;
    this.read = read;
  }

  public static StoreBuilder<KeyValueStore<String, Awaiting>> storiesStore() {
    return Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(STORIES), Serdes.String(), Awaiting.SERDE)
        .withCachingEnabled();
  }

  public static StoreBuilder<KeyValueStore<String, Tally>> votesStore() {
    return Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(VOTES), Serdes.String(), new JsonSerde<>(Tally.class))
        .withCachingEnabled();
  }

  @Override
  public void init(FixedKeyProcessorContext<String, ProcessingResult<S>> context) {
    this.context = context;
    this.stories = context.getStateStore(STORIES);
    this.votes = context.getStateStore(VOTES);
  }

  @Override
  public void process(FixedKeyRecord<String, Arrival<S>> record) {
    if (record.value() instanceof Arrival.Read<S> story) {
      String request = Requests.of(record.headers(), context.recordMetadata());
      Tally tally = votes.get(request);
      if (tally != null && tally.complete(sketch.bands())) {
        votes.delete(request);
        context.forward(record.withValue(judged(ProcessingResult.success(story.article()), tally)));
      } else {
        stories.put(request, new Awaiting(story.article().raw(), record.headers()));
      }
    } else if (record.value() instanceof Arrival.Vote<S> vote) {
      String request = vote.vote().request();
      Tally tally = votes.get(request);
      tally = (tally == null ? Tally.NONE : tally).with(vote.vote());
      Awaiting waiting = tally.complete(sketch.bands()) ? stories.get(request) : null;
      if (waiting == null) {
        votes.put(request, tally);
        return;
      }
      stories.delete(request);
      votes.delete(request);
      context.forward(
          record
              .withValue(judged(read.apply(waiting.raw()), tally))
              .withHeaders(waiting.headers()));
    }
  }

  private static <S extends Story<S>> ProcessingResult<S> judged(
      ProcessingResult<S> story, Tally tally) {
    return story instanceof ProcessingResult.Success<S> read && tally.firstCopy() != null
        ? ProcessingResult.success(read.value().asDuplicateOf(tally.firstCopy().id()))
        : story;
  }
}
