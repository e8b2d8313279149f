package io.newsflow.sink.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventFramesTest {
  @Test
  void anEventIsItsIdAndOneDataLineEndedByABlankLine() {
    assertThat(EventFrames.event("a1", "{\"id\":\"a1\"}"))
        .isEqualTo("id: a1\ndata: {\"id\":\"a1\"}\n\n");
  }

  @Test
  void idsThatWouldBreakTheFrameAreRefused() {
    for (String id : new String[] {"a\nid: forged", "a\rb", "a\r\nb", "a\0b"}) {
      assertThatThrownBy(() -> EventFrames.event(id, "{}"))
          .as("id %s", id.replace("\n", "\\n").replace("\r", "\\r"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void dataIsNeverSplitOverLines() {
    assertThatThrownBy(() -> EventFrames.event("a1", "{\n\"id\": \"a1\"\n}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one line");
    assertThatThrownBy(() -> EventFrames.event("a1", "{}\rdata: forged"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCommentIsOneLineStartingWithAColon() {
    assertThat(EventFrames.comment("heartbeat")).isEqualTo(": heartbeat\n\n");
    assertThatThrownBy(() -> EventFrames.comment("two\nlines"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
