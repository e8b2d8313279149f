package io.newsflow.common.http;

import java.util.Map;
import java.util.Properties;

/**
 * Bounds of the JDK's HTTP server that only system properties set, read once when its first server
 * starts: call {@link #applyDefaults} where the process starts. A value already set (with {@code
 * java -D...}) is kept.
 *
 * <ul>
 *   <li>{@code sun.net.httpserver.maxReqTime} 30 (seconds): the longest a client may take to send
 *       its request headers and body; a slow one (slowloris) is cut off then, freeing its thread.
 *   <li>{@code jdk.httpserver.maxConnections} 256: connections one server keeps open, idle ones
 *       included; more are closed as they arrive.
 *   <li>{@code sun.net.httpserver.maxReqHeaders} 100: header lines in one request.
 * </ul>
 *
 * <p>{@code sun.net.httpserver.maxRspTime} is left unbounded on purpose: it would also cut off a
 * long-lived stream (server-sent events). An idle keep-alive connection is closed after {@code
 * sun.net.httpserver.idleInterval}, 30 s by the JDK's default.
 */
public final class JdkServerLimits {
  public static final Map<String, String> DEFAULTS =
      Map.of(
          "sun.net.httpserver.maxReqTime", "30",
          "jdk.httpserver.maxConnections", "256",
          "sun.net.httpserver.maxReqHeaders", "100");

  private JdkServerLimits() {}

  /** Sets each default in {@code properties} (the system's) unless it is set already. */
  public static void applyDefaults(Properties properties) {
    DEFAULTS.forEach(properties::putIfAbsent);
  }
}
