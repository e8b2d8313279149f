package io.newsflow.enrich.dedup;

import io.newsflow.common.json.JsonSerde;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Holds each story until every band has voted on it, then sends its raw record on with the earliest
 * near-copy any band found named in a header ({@link NearDuplicateMark}), or none. The record goes
 * through one more repartition before the models run, so that whatever fails later is dead-lettered
 * from a record whose value is the raw story (a story released by a vote would otherwise have the
 * vote as its source record). Stories and votes arrive keyed by fingerprint, so a story and its
 * votes meet in this task whichever instance read the story or stored its bands. Whichever comes
 * last releases the story; until then the votes so far and (if it came first) the raw story wait in
 * stores. Correct exactly once only, where the stores commit with the output: at least once, a
 * replayed story could wait for votes already consumed, so the topology leaves this step out there.
 */
public final class NearDuplicateVerdict<S extends Story<S>>
    implements FixedKeyProcessor<String, Arrival<S>, byte[]> {
  public static final String STORIES = "near-duplicate-stories";
  public static final String VOTES = "near-duplicate-tallies";

  private final NearDuplicateSketch sketch;
  private KeyValueStore<String, Awaiting> stories;
  private KeyValueStore<String, Tally> votes;
  private FixedKeyProcessorContext<String, byte[]> context;

  public NearDuplicateVerdict(NearDuplicateSketch sketch) {
    this.sketch = sketch;
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
  public void init(FixedKeyProcessorContext<String, byte[]> context) {
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
        context.forward(judged(record.withValue(story.article().raw()), tally));
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
          judged(record.withValue(waiting.raw()).withHeaders(waiting.headers()), tally));
    }
  }

  private static FixedKeyRecord<String, byte[]> judged(
      FixedKeyRecord<String, byte[]> story, Tally tally) {
    Headers headers = new RecordHeaders(story.headers().toArray());
    headers.remove(NearDuplicateMark.HEADER);
    if (tally.firstCopy() != null) {
      headers.add(
          NearDuplicateMark.HEADER, tally.firstCopy().id().getBytes(StandardCharsets.UTF_8));
    }
    return story.withHeaders(headers);
  }
}
