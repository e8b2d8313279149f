package io.newsflow.sink.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResumeIndexTest {
  @Test
  void keepsTheLatestIdsOnlyWithACopyOfWhereTheStreamStood() {
    ResumeIndex index = new ResumeIndex(2);
    long[] next = {5, 0};
    index.put("a", next);
    next[1] = 3;
    index.put("b", next);
    assertThat(index.after("a")).hasValueSatisfying(at -> assertThat(at).containsExactly(5, 0));
    index.put("c", new long[] {6, 3});
    assertThat(index.after("a")).isEmpty();
    assertThat(index.after("b")).hasValueSatisfying(at -> assertThat(at).containsExactly(5, 3));
    assertThat(index.after("c")).isPresent();
  }

  @Test
  void anIdSeenAgainCountsAsNew() {
    ResumeIndex index = new ResumeIndex(2);
    index.put("a", new long[] {1});
    index.put("b", new long[] {2});
    index.put("a", new long[] {3});
    index.put("c", new long[] {4});
    assertThat(index.after("b")).isEmpty();
    assertThat(index.after("a")).hasValueSatisfying(at -> assertThat(at).containsExactly(3));
  }
}
