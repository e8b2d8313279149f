package io.newsflow.app.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class VotersTest {
  @Test
  void theSameVotersGiveTheSameClusterIdAndOthersAnother() {
    EmbeddedBroker.Voters voters =
        EmbeddedBroker.Voters.parse("2@127.0.0.1:9095, 1@127.0.0.1:9093,3@127.0.0.1:9097");
    assertThat(voters.toString()).isEqualTo("1@127.0.0.1:9093,2@127.0.0.1:9095,3@127.0.0.1:9097");
    assertThat(voters.size()).isEqualTo(3);
    assertThat(voters.host(2)).isEqualTo("127.0.0.1");
    assertThat(voters.clusterId())
        .isEqualTo(
            EmbeddedBroker.Voters.parse("1@127.0.0.1:9093,2@127.0.0.1:9095,3@127.0.0.1:9097")
                .clusterId())
        .isNotEqualTo(EmbeddedBroker.Voters.parse("1@127.0.0.1:9093,2@127.0.0.1:9095").clusterId());
  }

  @Test
  void aBadListSaysWhatIsWrong() {
    assertThatThrownBy(() -> EmbeddedBroker.Voters.parse("1@127.0.0.1:9093,two@host:1"))
        .hasMessageStartingWith("--voters: 'two@host:1' is not ID@HOST:PORT");
    assertThatThrownBy(() -> EmbeddedBroker.Voters.parse("1@a:1,1@b:2"))
        .hasMessage("--voters names node 1 twice");
  }

  @Test
  void aNodeMustBeAmongTheVotersWithItsOwnControllerPort() {
    String voters = "1@127.0.0.1:9093,2@127.0.0.1:9095,3@127.0.0.1:9097";
    assertThatThrownBy(
            () ->
                EmbeddedBroker.startNode(
                    new EmbeddedBroker.Node(4, voters, 9092, 9099, Path.of("x"))))
        .hasMessageStartingWith("node 4 is not in the voters");
    assertThatThrownBy(
            () ->
                EmbeddedBroker.startNode(
                    new EmbeddedBroker.Node(1, voters, 9092, 9099, Path.of("x"))))
        .hasMessageContaining("make --controller-port match --voters");
  }
}
