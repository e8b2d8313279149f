package io.newsflow.sink;

import com.fasterxml.jackson.databind.ObjectReader;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.json.Json;
import io.newsflow.common.kafka.ProcessingResult;
import io.newsflow.common.metrics.PipelineMetrics;
import io.newsflow.sink.format.DownstreamFormat;
import io.newsflow.sink.format.NinjsWriter;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Checks that each enriched record is a readable enriched article, renders it in the downstream
 * format, and counts it as delivered with its end-to-end latency (from the ingest timestamp).
 */
final class DeliverProcessor
    implements FixedKeyProcessor<String, byte[], ProcessingResult<byte[]>> {
  static final String STAGE = "deliver";
  private static final ObjectReader ENRICHED = Json.reader(EnrichedArticle.class);

  private final DownstreamFormat format;
  private final NinjsWriter ninjs = new NinjsWriter();
  private final PipelineMetrics metrics;
  private final Clock clock;
  private final int maxPayloadBytes;
  private FixedKeyProcessorContext<String, ProcessingResult<byte[]>> context;

  DeliverProcessor(
      DownstreamFormat format, PipelineMetrics metrics, Clock clock, int maxPayloadBytes) {
    this.format = format;
    this.metrics = metrics;
    this.clock = clock;
    this.maxPayloadBytes = maxPayloadBytes;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, ProcessingResult<byte[]>> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, byte[]> record) {
    EnrichedArticle article;
    try {
      article = record.value() == null ? null : ENRICHED.readValue(record.value());
    } catch (java.io.IOException e) {
      article = null;
    }
    if (article == null || article.id() == null) {
      fail(record, "not an enriched article");
      return;
    }
    if (!EnrichedArticle.SCHEMA.equals(article.schema())) {
      fail(record, "unknown schema: " + article.schema());
      return;
    }
    byte[] payload = format.render(article, record.value(), ninjs);
    if (payload.length > maxPayloadBytes) {
      // the broker would refuse it, and under exactly_once_v2 that aborts the whole transaction
      fail(
          record,
          "too large: "
              + payload.length
              + " bytes downstream, over the limit of "
              + maxPayloadBytes);
      return;
    }
    metrics.delivered();
    if (article.received() != null) {
      metrics.endToEnd(Duration.between(article.received(), clock.instant()));
    }
    context.forward(record.withValue(ProcessingResult.success(payload)));
  }

  private void fail(FixedKeyRecord<String, byte[]> record, String reason) {
    context.forward(record.withValue(ProcessingResult.failure(record.value(), STAGE, reason)));
  }
}
