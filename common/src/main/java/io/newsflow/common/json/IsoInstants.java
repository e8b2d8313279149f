package io.newsflow.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.Instant;

/**
 * Instants as the contract writes them, ISO-8601 strings, and nothing else. Jackson's own reader
 * also takes numbers as seconds since 1970, which turns a producer's mistake into a wrong date
 * ({@code 1e999999999} reads as 1970-01-01); refusing them sends such a record to the dead-letter
 * topic with its reason instead.
 */
final class IsoInstants extends StdDeserializer<Instant> {
  IsoInstants() {
    super(Instant.class);
  }

  @Override
  public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return (Instant)
          context.handleUnexpectedToken(
              Instant.class,
              parser.currentToken(),
              parser,
              "expected a date as an ISO-8601 string, not %s",
              parser.currentToken());
    }
    return InstantDeserializer.INSTANT.deserialize(parser, context);
  }
}
