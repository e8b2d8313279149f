package io.newsflow.app.cli;

import io.newsflow.app.broker.EmbeddedBroker;
import io.newsflow.app.kafka.KafkaProbe;
import io.newsflow.app.kafka.TopicSetup;
import io.newsflow.common.kafka.KafkaSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow broker}: a real single-node Kafka broker in the foreground. */
@Command(
    name = "broker",
    description = {
      "Runs a single-node Apache Kafka broker (KRaft mode) on 127.0.0.1 in the foreground, until"
          + " Ctrl-C.",
      "Creates newsflow's topics (news.raw, news.enriched, news.downstream, news.dlq,"
          + " news.entity-trends), then prints 'ready HOST:PORT' on stdout once it accepts clients."
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
      description = "partitions of each topic it creates; 0 creates none (default: ${DEFAULT-VALUE})")
  private int partitions;

  @Override
  public Integer call() throws InterruptedException {
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
      running.set(EmbeddedBroker.start(port, dataDir));
    } catch (RuntimeException e) {
      Runtime.getRuntime().removeShutdownHook(hook);
      throw e;
    } finally {
      started.countDown();
    }
    EmbeddedBroker broker = running.get();
    try {
      KafkaSettings settings = KafkaSettings.local(broker.bootstrapServers());
      KafkaProbe.awaitReachable(settings, READY_TIMEOUT);
      if (partitions > 0) {
        new TopicSetup(settings).createAll(partitions, (short) 1, READY_TIMEOUT);
      }
    } catch (RuntimeException e) {
      Runtime.getRuntime().removeShutdownHook(hook);
      broker.close();
      throw new CommandFailure("the broker started but does not answer clients: " + e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("ready " + broker.bootstrapServers());
    out.flush();
    stopped.await(); // until Ctrl-C or SIGTERM runs the hook
    return 0;
  }
}
