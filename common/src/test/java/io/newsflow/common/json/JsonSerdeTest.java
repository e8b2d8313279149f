package io.newsflow.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {
  record Note(String text) {}

  @Test
  void writesAndReadsTheSameValue() {
    JsonSerde<Note> serde = new JsonSerde<>(Note.class);
    byte[] bytes = serde.serializer().serialize("t", new Note("héllo"));
    assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(new Note("héllo"));
  }

  @Test
  void refusesAValueOverItsLimitBeforeAnythingIsSent() {
    // {"text":"..."} is 11 bytes of framing around the text
    JsonSerde<Note> serde = new JsonSerde<>(Note.class, 100);
    assertThat(serde.serializer().serialize("t", new Note("x".repeat(89)))).hasSize(100);
    assertThatThrownBy(
            () -> serde.serializer().serialize("news.enriched", new Note("x".repeat(90))))
        .isInstanceOf(SerializationException.class)
        .hasMessage("too large: Note of 101 bytes is over the limit of 100 for news.enriched");
  }

  @Test
  void saysWhatItCouldNotRead() {
    JsonSerde<Note> serde = new JsonSerde<>(Note.class);
    assertThatThrownBy(() -> serde.deserializer().deserialize("t", "{not json".getBytes()))
        .isInstanceOf(SerializationException.class)
        .hasMessageStartingWith("not a Note in JSON");
    assertThat(serde.deserializer().deserialize("t", null)).isNull();
  }
}
