package io.newsflow.enrich.dedup;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Sends each story's band values on, one record per band keyed by band index and value, so that
 * stories sharing a band meet in one {@link BandMatcher} store whichever instance read them.
 */
public final class BandSplitter<S extends Story<S>>
    implements Processor<String, S, String, BandEntry> {
  private final NearDuplicateSketch sketch;
  private ProcessorContext<String, BandEntry> context;

  public BandSplitter(NearDuplicateSketch sketch) {
    this.sketch = sketch;
  }

  @Override
  public void init(ProcessorContext<String, BandEntry> context) {
    this.context = context;
  }

  @Override
  public void process(Record<String, S> record) {
    S story = record.value();
    String request = Requests.of(record.headers(), context.recordMetadata());
    String fingerprint = ContentFingerprint.of(story.headline(), story.body());
    NearDuplicateSketch.Signature signature = sketch.of(story.headline(), story.body());
    long[] bands = signature.bands();
    for (int band = 0; band < bands.length; band++) {
      context.forward(
          record
              .withKey(band + ":" + Long.toHexString(bands[band]))
              .withValue(
                  new BandEntry(request, fingerprint, story.id(), band, signature.minima())));
    }
  }
}
