package io.newsflow.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {
  @Test
  void aBodyWithinTheLimitReadsWhole() throws Exception {
    byte[] body = new byte[100];
    assertThat(new BoundedBody(new ByteArrayInputStream(body), 100).readAllBytes()).hasSize(100);
  }

  @Test
  void aLongerBodyFailsHavingReadOneBytePastTheLimit() {
    ByteArrayInputStream source = new ByteArrayInputStream(new byte[100_000]);
    assertThatThrownBy(() -> new BoundedBody(source, 100).readAllBytes())
        .isInstanceOf(BoundedBody.TooLarge.class);
    assertThat(source.available()).isEqualTo(100_000 - 101);
  }
}
