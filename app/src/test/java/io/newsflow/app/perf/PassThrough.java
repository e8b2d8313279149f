package io.newsflow.app.perf;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.common.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The ceiling a load run compares enrich with: a Streams app that reads each raw article, parses
 * its JSON, adds one field and writes it, one write per article, nothing else.
 */
final class PassThrough {
  static final String TOPIC = "bench.passthrough";
  private static final ObjectReader TREE = Json.treeReader();
  private static final ObjectWriter WRITER = Json.writer();

  private PassThrough() {}

  static Topology topology(String rawTopic) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(rawTopic, Consumed.with(Serdes.String(), Serdes.ByteArray()))
        .mapValues(PassThrough::stamp)
        .to(TOPIC, Produced.with(Serdes.String(), Serdes.ByteArray()));
    return builder.build();
  }

  private static byte[] stamp(byte[] raw) {
    try {
      ObjectNode article = (ObjectNode) TREE.readTree(raw);
      article.put("passedThrough", Instant.now().toString());
      return WRITER.writeValueAsBytes(article);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
