package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped log4j2.xml, loaded into a context of its own: newsflow's lines on the console and in
 * the log file, Kafka's in the file only, unless the console is asked for them (--verbose).
 */
class LoggingConfigTest {
  private static final String CONSOLE = "newsflow.log.console";
  private static final String FILE = "newsflow.log.file";

  record Logged(String console, String file) {}

  @Test
  void kafkaLinesGoToTheLogFileOnlyByDefault(@TempDir Path tmp) throws Exception {
    Logged logged = logBoth(tmp.resolve("logs/newsflow.log"), null);
    assertThat(logged.console())
        .contains("newsflow's own line")
        .doesNotContain("a line from Kafka");
    assertThat(logged.file()).contains("newsflow's own line", "a line from Kafka");
  }

  @Test
  void askedForThemTheConsoleShowsKafkaLinesToo(@TempDir Path tmp) throws Exception {
    Logged logged = logBoth(tmp.resolve("newsflow.log"), "ALL");
    assertThat(logged.console()).contains("newsflow's own line", "a line from Kafka");
  }

  @Test
  void droppedTransactionMarkersAreSaidOnTheConsole(@TempDir Path tmp) throws Exception {
    Logged logged = logBoth(tmp.resolve("newsflow.log"), null);
    assertThat(logged.console())
        .contains("Kafka dropped the commit or abort markers", "likely deleted already")
        .doesNotContain("Creating new marker queue");
    assertThat(logged.file()).contains("likely deleted already", "Creating new marker queue");
  }

  private static Logged logBoth(Path file, String console) throws Exception {
    PrintStream stderr = System.err;
    String fileBefore = System.getProperty(FILE);
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setProperty(FILE, file.toString());
    if (console != null) {
      System.setProperty(CONSOLE, console);
    }
    LoggerContext context = null;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      context =
          Configurator.initialize(
              "logging-config-test-" + UUID.randomUUID(),
              null,
              LoggingConfigTest.class.getResource("/log4j2.xml").toURI());
      context.getLogger("io.newsflow.app.Example").info("newsflow's own line");
      context.getLogger("org.apache.kafka.clients.Example").warn("a line from Kafka");
      org.apache.logging.log4j.Logger markers =
          context.getLogger("kafka.coordinator.transaction.TransactionMarkerChannelManager");
      markers.info("Creating new marker queue map to destination broker 1");
      markers.info(
          "Couldn't find leader endpoint for partitions HashSet(news.enriched-0) while trying to"
              + " send transaction markers for t, these partitions are likely deleted already and"
              + " hence can be skipped");
    } finally {
      if (context != null) {
        Configurator.shutdown(context);
      }
      System.setErr(stderr);
      System.clearProperty(CONSOLE);
      if (fileBefore == null) {
        System.clearProperty(FILE);
      } else {
        System.setProperty(FILE, fileBefore); // as the build set it for the other tests
      }
    }
    return new Logged(captured.toString(StandardCharsets.UTF_8), Files.readString(file));
  }
}
