package io.newsflow.app.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.app.broker.EmbeddedBroker;
import io.newsflow.common.kafka.KafkaSettings;
import io.newsflow.common.kafka.Topic;
import io.newsflow.common.kafka.Topics;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TopicSetupIT {
  private static EmbeddedBroker broker;

  @BeforeAll
  static void start() {
    broker = EmbeddedBroker.start();
  }

  @AfterAll
  static void stop() {
    broker.close();
  }

  @Test
  void createsEveryTopicOnceAndLeavesExistingOnesAlone() {
    KafkaSettings settings = KafkaSettings.local(broker.bootstrapServers());
    TopicSetup setup = new TopicSetup(settings);
    List<String> all = Topics.defaults().all().stream().map(Topic::name).toList();

    assertThat(setup.createAll(3, (short) 1, Duration.ofSeconds(30)))
        .containsExactlyInAnyOrderElementsOf(all);
    assertThat(setup.createAll(3, (short) 1, Duration.ofSeconds(30)))
        .as("the second time")
        .isEmpty();
    assertThat(KafkaProbe.probe(settings, Duration.ofSeconds(10)).topics()).containsAll(all);
  }

  @Test
  void renamedTopicsAreCreatedUnderTheirNames() {
    KafkaSettings settings =
        new KafkaSettings(
            broker.bootstrapServers(), Map.of(), Topics.named(Map.of("topic.raw", "renamed.raw")));
    assertThat(new TopicSetup(settings).createAll(1, (short) 1, Duration.ofSeconds(30)))
        .contains("renamed.raw");
  }

  @Test
  void moreReplicasThanBrokersIsAClearError() {
    TopicSetup setup = new TopicSetup(KafkaSettings.local(broker.bootstrapServers()));
    assertThatThrownBy(
            () -> setup.create(List.of("three.replicas"), 1, (short) 3, Duration.ofSeconds(30)))
        .isInstanceOf(TopicSetup.TopicSetupException.class)
        .hasMessageContaining("three.replicas")
        .hasMessageContaining("eplication factor");
  }

  @Test
  void anUnreachableBrokerIsAClearErrorWithinTheTimeout() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    TopicSetup setup = new TopicSetup(KafkaSettings.local("127.0.0.1:" + port));
    long start = System.nanoTime();
    assertThatThrownBy(() -> setup.createAll(1, (short) 1, Duration.ofSeconds(3)))
        .isInstanceOf(KafkaUnavailableException.class)
        .hasMessageContaining("cannot reach Kafka at 127.0.0.1:" + port + " within 3s");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
  }
}
