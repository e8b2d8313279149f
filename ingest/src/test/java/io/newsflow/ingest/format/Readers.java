package io.newsflow.ingest.format;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A reader with a fixed clock, for tests. */
final class Readers {
  static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");

  private Readers() {}

  static ArticleReader reader() {
    return new ArticleReader(ReadLimits.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  static ReadResult read(String text) {
    return reader().read(text.getBytes(StandardCharsets.UTF_8), "test-source");
  }
}
