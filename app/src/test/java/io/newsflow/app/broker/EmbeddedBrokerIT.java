package io.newsflow.app.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedBrokerIT {

  @Test
  void roundTripsRecordsAndLeavesNothingBehind() throws Exception {
    Set<Thread> before = liveNonDaemonThreads();
    Path dataDir;
    int port;
    try (EmbeddedBroker broker = EmbeddedBroker.start()) {
      dataDir = broker.dataDir();
      port = broker.port();
      assertThat(broker.bootstrapServers()).isEqualTo("127.0.0.1:" + port);
      assertThat(Files.isDirectory(dataDir)).isTrue();

      List<String> values =
          roundTrip(broker.bootstrapServers(), "round-trip", List.of("one", "two", "three"));
      assertThat(values).containsExactly("one", "two", "three");
    }
    assertThat(dataDir).doesNotExist();
    assertThat(accepts(port)).as("port %d still accepts connections", port).isFalse();
    await()
        .pollInSameThread()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(names(liveNonDaemonThreads(), before))
                    .as("threads left running")
                    .isEmpty());
  }

  @Test
  void twoBrokersRunSideBySideInOneJvm() throws Exception {
    try (EmbeddedBroker first = EmbeddedBroker.start();
        EmbeddedBroker second = EmbeddedBroker.start()) {
      assertThat(first.port()).isNotEqualTo(second.port());
      assertThat(first.dataDir()).isNotEqualTo(second.dataDir());

      assertThat(roundTrip(first.bootstrapServers(), "t", List.of("first")))
          .containsExactly("first");
      assertThat(roundTrip(second.bootstrapServers(), "t", List.of("second")))
          .containsExactly("second");
    }
  }

  @Test
  void aGivenDataDirectoryKeepsItsRecordsAcrossRestarts(@TempDir Path dir) throws Exception {
    Path dataDir = dir.resolve("data");
    try (EmbeddedBroker broker = EmbeddedBroker.start(0, dataDir)) {
      produce(broker.bootstrapServers(), "kept", List.of("survives a restart"));
    }
    assertThat(dataDir).isDirectory();
    try (EmbeddedBroker broker = EmbeddedBroker.start(0, dataDir)) {
      assertThat(consume(broker.bootstrapServers(), "kept", 1))
          .containsExactly("survives a restart");
    }
    assertThat(dataDir).as("a given data directory is the user's: kept").isDirectory();
  }

  @Test
  void aPortInUseGivesAClearError() throws Exception {
    try (EmbeddedBroker broker = EmbeddedBroker.start()) {
      assertThatThrownBy(() -> EmbeddedBroker.start(broker.port(), null))
          .isInstanceOf(EmbeddedBroker.BrokerException.class)
          .hasMessageContaining("port " + broker.port())
          .hasMessageContaining("in use");
    }
  }

  private static List<String> roundTrip(String bootstrap, String topic, List<String> values) {
    produce(bootstrap, topic, values);
    return consume(bootstrap, topic, values.size());
  }

  private static void produce(String bootstrap, String topic, List<String> values) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "20000");
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
      for (String value : values) {
        producer.send(new ProducerRecord<>(topic, value, value)).get();
      }
    } catch (Exception e) {
      throw new AssertionError("cannot produce to " + bootstrap, e);
    }
  }

  private static List<String> consume(String bootstrap, String topic, int count) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    List<String> values = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (values.size() < count && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          values.add(record.value());
        }
      }
    }
    return values;
  }

  private static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static Set<Thread> liveNonDaemonThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && !t.isDaemon())
        .collect(Collectors.toSet());
  }

  private static List<String> names(Set<Thread> now, Set<Thread> before) {
    return now.stream().filter(t -> !before.contains(t)).map(Thread::getName).sorted().toList();
  }
}
