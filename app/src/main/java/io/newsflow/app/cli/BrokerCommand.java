package io.newsflow.app.cli;

import io.newsflow.app.broker.EmbeddedBroker;
import io.newsflow.app.kafka.KafkaProbe;
import io.newsflow.app.kafka.KafkaUnavailableException;
import io.newsflow.app.kafka.TopicSetup;
import io.newsflow.common.config.Config;
import io.newsflow.common.kafka.KafkaSettings;
import io.newsflow.common.kafka.Topics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow broker}: a real Kafka broker in the foreground, alone or one node of several. */
@Command(
    name = "broker",
    description = {
      "Runs a single-node Apache Kafka broker (KRaft mode) on 127.0.0.1 in the foreground, until"
          + " Ctrl-C.",
      "Creates newsflow's topics (news.raw, news.enriched, news.downstream, news.dlq,"
          + " news.entity-trends), then prints 'ready HOST:PORT' on stdout once it accepts clients.",
      "With --node-id, --voters and --controller-port it is instead one node (broker and"
          + " controller) of a multi-node cluster on this machine, e.g. node 1 of three:",
      "  broker --node-id 1 --port 9092 --controller-port 9093 --data-dir node-1",
      "         --voters 1@127.0.0.1:9093,2@127.0.0.1:9095,3@127.0.0.1:9097",
      "Every node gets the same --voters; it prints 'ready HOST:PORT' once a majority of them run."
          + " With three nodes or more, topics (internal ones too) have three replicas, two in sync;"
          + " the services create newsflow's topics when they start.",
      "--broker-config secures it (TLS, SASL, ACLs): Kafka broker properties layered over the"
          + " defaults, where the clients' listener is named CLIENT and the quorum's CONTROLLER;"
          + " --config then gives the client properties of a super user, with which the broker"
          + " checks itself and creates the topics. See docs/OPERATIONS.md."
    })
public final class BrokerCommand implements Callable<Integer> {
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  @Spec private CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      converter = Converters.Port.class,
      defaultValue = "9092",
      description = "the port clients connect to; 0 picks a free one (default: ${DEFAULT-VALUE})")
  private int port;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      converter = Converters.Folder.class,
      description =
          "keeps the broker's topics there across restarts (default: a temporary directory,"
              + " deleted on exit)")
  private Path dataDir;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      converter = Converters.Count.class,
      defaultValue = "3",
      description =
          "partitions of each topic it creates; 0 creates none (default: ${DEFAULT-VALUE})")
  private int partitions;

  @Option(
      names = "--node-id",
      paramLabel = "N",
      description = "this node's id in --voters (multi-node cluster)")
  private Integer nodeId;

  @Option(
      names = "--voters",
      paramLabel = "ID@HOST:PORT[,...]",
      description =
          "the node id and controller address of every node of the cluster, the same on each")
  private String voters;

  @Option(
      names = "--controller-port",
      paramLabel = "PORT",
      description = "the port of this node's controller, as in --voters")
  private Integer controllerPort;

  @Option(
      names = "--broker-config",
      paramLabel = "FILE",
      converter = Converters.ReadableFile.class,
      description =
          "Kafka broker properties layered over the defaults, e.g. to secure the CLIENT listener"
              + " with SASL_SSL and ACLs")
  private Path brokerConfig;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      converter = Converters.ReadableFile.class,
      description =
          "Kafka client properties with which the broker's own clients connect to it (a super"
              + " user's, when --broker-config secures it)")
  private Path clientConfig;

  @Override
  public Integer call() throws InterruptedException {
    boolean node = nodeId != null || voters != null || controllerPort != null;
    if (node && (nodeId == null || voters == null || controllerPort == null)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "a node of a multi-node cluster needs --node-id, --voters and --controller-port together");
    }
    if (node && port == 0) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "a node of a multi-node cluster needs a fixed --port, not 0");
    }
    // read before the shutdown hook: a file that cannot be read must not leave the hook waiting
    Map<String, String> brokerProperties = Config.readProperties(brokerConfig);
    Map<String, String> clientProperties =
        new Config(Map.of(), Map.of(), Config.readProperties(clientConfig)).kafkaClientProperties();
    AtomicReference<EmbeddedBroker> running = new AtomicReference<>();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              try {
                // Ctrl-C while starting: let the start finish, so what it made is cleaned up
                started.await(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                EmbeddedBroker broker = running.get();
                if (broker != null) {
                  broker.close();
                  spec.commandLine().getErr().println("broker stopped");
                  spec.commandLine().getErr().flush();
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } finally {
                stopped.countDown();
              }
            },
            "newsflow-broker-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      running.set(
          node
              ? EmbeddedBroker.startNode(
                  new EmbeddedBroker.Node(nodeId, voters, port, controllerPort, dataDir),
                  brokerProperties,
                  clientProperties)
              : EmbeddedBroker.start(port, dataDir, brokerProperties, clientProperties));
    } catch (RuntimeException e) {
      Runtime.getRuntime().removeShutdownHook(hook);
      throw e;
    } finally {
      started.countDown();
    }
    EmbeddedBroker broker = running.get();
    try {
      KafkaSettings settings =
          new KafkaSettings(broker.bootstrapServers(), clientProperties, Topics.defaults());
      if (node) {
        awaitQuorum(settings);
      } else {
        KafkaProbe.awaitReachable(settings, READY_TIMEOUT);
      }
      // a node does not create topics: with three replicas they need nodes that may not run yet
      if (partitions > 0 && !node) {
        new TopicSetup(settings).createAll(partitions, (short) 1, READY_TIMEOUT);
      }
    } catch (RuntimeException e) {
      Runtime.getRuntime().removeShutdownHook(hook);
      broker.close();
      throw new CommandFailure(
          "the broker started but does not answer clients: " + e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("ready " + broker.bootstrapServers());
    out.flush();
    stopped.await(); // until Ctrl-C or SIGTERM runs the hook
    return 0;
  }

  /** A node answers clients once a majority of the voters run: the others may start later. */
  private void awaitQuorum(KafkaSettings settings) {
    boolean said = false;
    while (true) {
      try {
        KafkaProbe.awaitReachable(settings, READY_TIMEOUT);
        return;
      } catch (KafkaUnavailableException e) {
        if (!said) {
          spec.commandLine()
              .getErr()
              .println("waiting for a majority of the nodes of --voters " + voters + " to run");
          spec.commandLine().getErr().flush();
          said = true;
        }
      }
    }
  }
}
