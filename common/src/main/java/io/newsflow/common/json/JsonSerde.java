package io.newsflow.common.json;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka serde for one record type, written as UTF-8 JSON by {@link Json}. A value over the
 * serde's size limit is refused with a {@link SerializationException}, so that it is dead-lettered
 * before it is sent rather than refused by the broker.
 */
public final class JsonSerde<T> implements Serde<T> {
  private final Class<T> type;
  private final ObjectReader reader;
  private final ObjectWriter writer;
  private final int maxBytes;

  public JsonSerde(Class<T> type) {
    this(type, Integer.MAX_VALUE);
  }

  public JsonSerde(Class<T> type, int maxBytes) {
    this.type = type;
    this.reader = Json.reader(type);
    this.writer = Json.writer().forType(type);
    this.maxBytes = maxBytes;
  }

  @Override
  public Serializer<T> serializer() {
    return (topic, value) -> {
      if (value == null) {
        return null;
      }
      byte[] bytes;
      try {
        bytes = writer.writeValueAsBytes(value);
      } catch (IOException e) {
        throw new SerializationException("cannot write " + type.getSimpleName() + " as JSON", e);
      }
      if (bytes.length > maxBytes) {
        throw new SerializationException(
            "too large: "
                + type.getSimpleName()
                + " of "
                + bytes.length
                + " bytes is over the limit of "
                + maxBytes
                + " for "
                + topic);
      }
      return bytes;
    };
  }

  @Override
  public Deserializer<T> deserializer() {
    return (topic, bytes) -> {
      if (bytes == null) {
        return null;
      }
      try {
        return reader.readValue(bytes);
      } catch (IOException e) {
        throw new SerializationException(
            "not a " + type.getSimpleName() + " in JSON: " + e.getMessage(), e);
      }
    };
  }
}
