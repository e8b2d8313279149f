package io.newsflow.app.broker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.utils.Time;

/**
 * A real Apache Kafka broker in KRaft mode (one process acting as broker and controller), listening
 * on 127.0.0.1. Alone ({@link #start(int, Path)}) it is a single-node cluster for the demo, the
 * {@code broker} command and tests: every internal topic has one replica. As one node of several
 * ({@link #startNode(Node)}) it joins the others named in the voters list; with three or more,
 * topics (internal ones included) default to three replicas, two of them in sync.
 *
 * <p>This is the only class that touches Kafka's internal broker classes ({@code kafka.server},
 * {@code kafka.tools}); they are not a public API and change between releases.
 *
 * <p>Each instance has its own ports and data directory, so a JVM can run several.
 */
public final class EmbeddedBroker implements AutoCloseable {
  public static final String HOST = "127.0.0.1";

  /** The listener that clients (and the other nodes' brokers) connect to. */
  public static final String CLIENT_LISTENER = "CLIENT";

  /** The listener of the controller quorum, for the nodes only. */
  public static final String CONTROLLER_LISTENER = "CONTROLLER";

  private static final int NODE_ID = 1;
  private static final Duration WARM_UP_TIMEOUT = Duration.ofSeconds(60);

  private final int port;
  private final Path dataDir;
  private final boolean deleteDataDirOnClose;
  private final KafkaRaftServer server;
  private boolean closed;

  private EmbeddedBroker(
      int port, Path dataDir, boolean deleteDataDirOnClose, KafkaRaftServer server) {
    this.port = port;
    this.dataDir = dataDir;
    this.deleteDataDirOnClose = deleteDataDirOnClose;
    this.server = server;
  }

  /** A broker on a free port with a temporary data directory, deleted on close. */
  public static EmbeddedBroker start() {
    return start(0, null, Map.of(), Map.of());
  }

  /**
   * A broker on {@code port} (0 picks a free one) keeping its data in {@code dataDir} (null: a
   * temporary directory, deleted on close). A data directory used before keeps its topics.
   */
  public static EmbeddedBroker start(int port, Path dataDir) {
    return start(port, dataDir, Map.of(), Map.of());
  }

  /**
   * As {@link #start(int, Path)}, with {@code brokerProperties} layered over the defaults (e.g. to
   * secure the {@value #CLIENT_LISTENER} listener) and the {@code clientProperties} with which the
   * broker's own clients connect to it while it starts (the credentials of a super user).
   */
  public static EmbeddedBroker start(
      int port,
      Path dataDir,
      Map<String, String> brokerProperties,
      Map<String, String> clientProperties) {
    if (port < 0 || port > 65_535) {
      throw new BrokerException("the port must be between 0 and 65535, not " + port);
    }
    int brokerPort = port == 0 ? freePort() : requireFree(port);
    int controllerPort = freePort();
    while (controllerPort == brokerPort) {
      controllerPort = freePort(); // the OS may hand out a port just released again
    }
    Voters voters = new Voters(Map.of(NODE_ID, HOST + ":" + controllerPort));
    return start(
        new Layout(NODE_ID, voters, brokerPort, controllerPort, dataDir, Uuid.randomUuid()),
        brokerProperties,
        clientProperties);
  }

  /**
   * One node of a multi-node cluster on this machine. Every node is given the same voters list; the
   * cluster id is derived from it, so the nodes format their data directories alike with no step of
   * their own. Returns once the node serves clients, which needs a majority of the voters running.
   */
  public static EmbeddedBroker startNode(Node node) {
    return startNode(node, Map.of(), Map.of());
  }

  /** As {@link #startNode(Node)}, with broker and client properties as {@link #start}'s. */
  public static EmbeddedBroker startNode(
      Node node, Map<String, String> brokerProperties, Map<String, String> clientProperties) {
    Voters voters = Voters.parse(node.voters());
    String own = voters.addresses().get(node.nodeId());
    if (own == null) {
      throw new BrokerException(
          "node "
              + node.nodeId()
              + " is not in the voters "
              + node.voters()
              + "; give every node the same --voters list, its own id among them");
    }
    if (!own.endsWith(":" + node.controllerPort())) {
      throw new BrokerException(
          "the voters list gives node "
              + node.nodeId()
              + " the controller address "
              + own
              + ", not port "
              + node.controllerPort()
              + "; make --controller-port match --voters");
    }
    if (node.port() < 1 || node.port() > 65_535 || node.port() == node.controllerPort()) {
      throw new BrokerException(
          "--port must be a port of its own between 1 and 65535, not " + node.port());
    }
    return start(
        new Layout(
            node.nodeId(),
            voters,
            requireFree(node.port()),
            node.controllerPort(),
            node.dataDir(),
            voters.clusterId()),
        brokerProperties,
        clientProperties);
  }

  /** What {@link #startNode} needs: {@code voters} is {@code ID@HOST:PORT,...}. */
  public record Node(int nodeId, String voters, int port, int controllerPort, Path dataDir) {}

  /** Where one node is, in the cluster and on this machine. */
  private record Layout(
      int nodeId,
      Voters voters,
      int brokerPort,
      int controllerPort,
      Path dataDir,
      Uuid clusterId) {}

  private static EmbeddedBroker start(
      Layout layout, Map<String, String> brokerProperties, Map<String, String> clientProperties) {
    boolean temporary = layout.dataDir() == null;
    Path dir = temporary ? temporaryDirectory() : prepare(layout.dataDir());
    Properties properties = properties(layout, dir, brokerProperties);
    KafkaRaftServer server = null;
    try {
      format(properties, dir, layout.clusterId());
      server = new KafkaRaftServer(new KafkaConfig(properties, false), Time.SYSTEM);
      server.startup();
      warmUp(HOST + ":" + layout.brokerPort(), clientProperties, !brokerProperties.isEmpty());
      return new EmbeddedBroker(layout.brokerPort(), dir, temporary, server);
    } catch (RuntimeException e) {
      if (server != null) {
        shutDownQuietly(server);
      }
      if (temporary) {
        deleteRecursively(dir);
      }
      throw e instanceof BrokerException
          ? e
          : new BrokerException("the embedded Kafka broker did not start: " + describe(e), e);
    }
  }

  /** {@code 127.0.0.1:PORT}, for clients. */
  public String bootstrapServers() {
    return HOST + ":" + port;
  }

  public int port() {
    return port;
  }

  public Path dataDir() {
    return dataDir;
  }

  /** Stops the broker and waits until it has stopped; idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      server.shutdown();
      server.awaitShutdown();
    } finally {
      if (deleteDataDirOnClose) {
        deleteRecursively(dataDir);
      }
    }
  }

  @Override
  public String toString() {
    return "EmbeddedBroker[" + bootstrapServers() + ", " + dataDir + "]";
  }

  private static Properties properties(Layout layout, Path dir, Map<String, String> overrides) {
    int nodeId = layout.nodeId();
    Voters voters = layout.voters();
    int brokerPort = layout.brokerPort();
    int controllerPort = layout.controllerPort();
    String controllerHost = voters.host(nodeId);
    // one replica alone; with three nodes or more, three, two of them in sync: a node may fail
    String replicas = String.valueOf(Math.min(3, voters.size()));
    String minInSync = voters.size() >= 3 ? "2" : "1";
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", String.valueOf(nodeId));
    // static voters: the nodes format and elect among themselves, with no bootstrapping step
    p.put("controller.quorum.voters", voters.toString());
    // named by role, not protocol: broker properties may secure either listener
    p.put(
        "listeners",
        CLIENT_LISTENER
            + "://"
            + HOST
            + ":"
            + brokerPort
            + ","
            + CONTROLLER_LISTENER
            + "://"
            + controllerHost
            + ":"
            + controllerPort);
    p.put("advertised.listeners", CLIENT_LISTENER + "://" + HOST + ":" + brokerPort);
    p.put(
        "listener.security.protocol.map",
        CLIENT_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
    p.put("controller.listener.names", CONTROLLER_LISTENER);
    p.put("inter.broker.listener.name", CLIENT_LISTENER);
    p.put("log.dirs", dir.toAbsolutePath().toString());
    // internal topics replicated as the cluster allows; few partitions keep startup quick
    p.put("offsets.topic.replication.factor", replicas);
    p.put("offsets.topic.num.partitions", "1");
    p.put("transaction.state.log.replication.factor", replicas);
    p.put("transaction.state.log.min.isr", minInSync);
    p.put("transaction.state.log.num.partitions", "1");
    p.put("share.coordinator.state.topic.replication.factor", replicas);
    p.put("share.coordinator.state.topic.min.isr", minInSync);
    p.put("share.coordinator.state.topic.num.partitions", "1");
    p.put("default.replication.factor", replicas);
    p.put("min.insync.replicas", minInSync);
    // consumers and Streams apps join at once instead of waiting for more members
    p.put("group.initial.rebalance.delay.ms", "0");
    p.put("num.partitions", "1");
    // Transactions (v2) add a partition to a transaction with its first produce. While the
    // coordinator still writes the markers of the transaction before (Kafka Streams under
    // exactly-once commits every 100 ms), the broker retries that for up to this long and then
    // answers CONCURRENT_TRANSACTIONS; the producer's next batches, already in flight, are then
    // refused as out of sequence. Both are retried, nothing is lost, but each is a WARN or ERROR.
    // The default, 100 ms, is too short on a busy laptop, above all in the demo's first seconds,
    // when a burst of articles meets a broker still creating topics: wait as long as it takes
    // (well below the producers' request timeout of 30 s).
    p.put("add.partitions.to.txn.retry.backoff.max.ms", "10000");
    p.put("log.retention.hours", "168");
    p.putAll(overrides);
    return p;
  }

  private static void format(Properties properties, Path dir, Uuid clusterId) {
    if (Files.exists(dir.resolve("meta.properties"))) {
      // formatted before: the broker checks it on startup and keeps its cluster id and data
      return;
    }
    Path propertiesFile = null;
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    try {
      propertiesFile = Files.createTempFile("newsflow-broker-", ".properties");
      try (OutputStream out = Files.newOutputStream(propertiesFile)) {
        properties.store(out, "newsflow embedded broker");
      }
      String[] args = {
        "format", "-t", clusterId.toString(), "-c", propertiesFile.toString(), "--ignore-formatted"
      };
      int status;
      try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
        status = StorageTool.execute(args, print);
      }
      if (status != 0) {
        throw new BrokerException(
            "cannot format the broker's data directory "
                + dir
                + ": "
                + output.toString(StandardCharsets.UTF_8).strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (BrokerException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new BrokerException(
          "cannot format the broker's data directory " + dir + ": " + describe(e), e);
    } finally {
      if (propertiesFile != null) {
        try {
          Files.deleteIfExists(propertiesFile);
        } catch (IOException ignored) {
          // a leftover temporary file is harmless
        }
      }
    }
  }

  /**
   * Creates the internal topics of consumer groups and transactions, and waits until their
   * coordinators have loaded them, before the broker counts as started. Otherwise the first clients
   * create them: the demo's Streams threads, consumers and transactional producers, all at once,
   * each retrying (and logging) until the coordinators answer.
   */
  private static void warmUp(
      String bootstrapServers, Map<String, String> clientProperties, boolean configured) {
    Map<String, Object> client = new HashMap<>(clientProperties);
    client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    client.put(CommonClientConfigs.CLIENT_ID_CONFIG, "newsflow-broker-warm-up");
    try (Admin admin = Admin.create(client)) {
      // looking up a group's offsets finds its coordinator: that creates __consumer_offsets
      admin
          .listConsumerGroupOffsets("newsflow-broker-warm-up")
          .partitionsToOffsetAndMetadata()
          .get(WARM_UP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw warmUpFailure("group coordinator", e, configured);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BrokerException("interrupted while the embedded Kafka broker started", e);
    }
    Map<String, Object> transactional = new HashMap<>(client);
    transactional.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "newsflow-broker-warm-up");
    transactional.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) WARM_UP_TIMEOUT.toMillis());
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(transactional, new ByteArraySerializer(), new ByteArraySerializer())) {
      // finds the transaction coordinator: that creates __transaction_state and loads it
      producer.initTransactions();
    } catch (RuntimeException e) {
      throw warmUpFailure("transaction coordinator", e, configured);
    }
  }

  private static BrokerException warmUpFailure(
      String coordinator, Throwable e, boolean configured) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof AuthenticationException || cause instanceof AuthorizationException) {
        return new BrokerException(
            "the embedded Kafka broker refused its own client: "
                + describe(e)
                + "; a secured broker needs the client properties of a super user for itself"
                + " (broker --config FILE)",
            e);
      }
    }
    return new BrokerException(
        "the embedded Kafka broker started but its "
            + coordinator
            + " did not: "
            + describe(e)
            // a client that does not speak the listener's protocol just times out
            + (configured
                ? "; if the broker properties secure its listener, give the broker's own clients"
                    + " a super user's client properties (broker --config FILE)"
                : ""),
        e);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new BrokerException("cannot find a free port on " + HOST + ": " + e.getMessage(), e);
    }
  }

  private static int requireFree(int port) {
    try {
      // bind and let go at once: Kafka's own bind error would be a stack trace, not advice
      new ServerSocket(port, 1, InetAddress.getByName(HOST)).close();
      return port;
    } catch (IOException e) {
      throw new BrokerException(
          "port "
              + port
              + " on "
              + HOST
              + " is in use: is a broker already running there?"
              + " stop it or pick another port with --port",
          e);
    }
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("newsflow-broker-");
    } catch (IOException e) {
      throw new BrokerException("cannot create a temporary data directory: " + e.getMessage(), e);
    }
  }

  private static Path prepare(Path dataDir) {
    try {
      return Files.createDirectories(dataDir.toAbsolutePath());
    } catch (IOException e) {
      throw new BrokerException(
          "cannot create the data directory " + dataDir + ": " + e.getMessage(), e);
    }
  }

  private static void shutDownQuietly(KafkaRaftServer server) {
    try {
      server.shutdown();
      server.awaitShutdown();
    } catch (RuntimeException ignored) {
      // already failing: the first error is the one to report
    }
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.lines().findFirst().orElse(message);
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.deleteIfExists(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
              Files.deleteIfExists(d);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the broker's temporary data in " + dir, e);
    }
  }

  /** The controller quorum: node id to controller {@code host:port}, in id order. */
  record Voters(Map<Integer, String> addresses) {
    Voters {
      addresses = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(addresses));
    }

    /** {@code 1@127.0.0.1:9093,2@127.0.0.1:9095,...}; fails with what is wrong. */
    static Voters parse(String text) {
      Map<Integer, String> addresses = new java.util.TreeMap<>();
      for (String entry : text.split(",")) {
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile("\\s*(\\d+)@([^:@\\s]+):(\\d{1,5})\\s*").matcher(entry);
        if (!m.matches()) {
          throw new BrokerException(
              "--voters: '"
                  + entry.strip()
                  + "' is not ID@HOST:PORT; give"
                  + " ID@HOST:PORT,... with the node id and controller address of every node");
        }
        if (addresses.put(Integer.parseInt(m.group(1)), m.group(2) + ":" + m.group(3)) != null) {
          throw new BrokerException("--voters names node " + m.group(1) + " twice");
        }
      }
      return new Voters(addresses);
    }

    int size() {
      return addresses.size();
    }

    String host(int nodeId) {
      String address = addresses.get(nodeId);
      return address.substring(0, address.lastIndexOf(':'));
    }

    /**
     * The same id for every node given the same voters, so that they format alike; different voters
     * make a different cluster.
     */
    Uuid clusterId() {
      try {
        byte[] hash =
            java.security.MessageDigest.getInstance("SHA-256")
                .digest(("newsflow:" + this).getBytes(StandardCharsets.UTF_8));
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(hash);
        return new Uuid(bytes.getLong() & Long.MAX_VALUE, bytes.getLong() | 1);
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException("every JVM has SHA-256", e);
      }
    }

    @Override
    public String toString() {
      return addresses.entrySet().stream()
          .map(e -> e.getKey() + "@" + e.getValue())
          .collect(java.util.stream.Collectors.joining(","));
    }
  }

  /** The broker could not start or stop; the message says why and what to do. */
  public static final class BrokerException extends RuntimeException {
    BrokerException(String message) {
      super(message);
    }

    BrokerException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
