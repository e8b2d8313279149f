package io.newsflow.app.run;

import java.nio.file.Path;

/**
 * Where the log file is, as log4j2.xml decides it: {@code -Dnewsflow.log.file}, else {@code
 * NEWSFLOW_LOG_FILE}, else {@code ~/.newsflow/logs/newsflow.log}. Commands name it so that users
 * know where Kafka's own lines went.
 */
public final class LogFile {
  private LogFile() {}

  public static Path path() {
    String property = System.getProperty("newsflow.log.file");
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    String environment = System.getenv("NEWSFLOW_LOG_FILE");
    if (environment != null && !environment.isBlank()) {
      return Path.of(environment);
    }
    return Path.of(System.getProperty("user.home"), ".newsflow", "logs", "newsflow.log");
  }
}
