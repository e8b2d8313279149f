package io.newsflow.app.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Checks that a port a command will serve on is free before the command starts anything, so a clash
 * fails at once, naming the flag of that command that picks another port, instead of after a broker
 * and services have started (and been stopped again).
 */
final class FreePorts {
  private FreePorts() {}

  /**
   * Binds {@code host:port} and lets go at once; port 0 (any free one) always passes.
   *
   * @param flag how to pick another port with this command, e.g. {@code demo --http-port}
   * @throws CommandFailure naming the port and the flag
   */
  static void require(String host, int port, String flag) {
    if (port == 0) {
      return;
    }
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(host))) {
      // bound: free, and let go at once
    } catch (IOException e) {
      throw new CommandFailure(
          "port "
              + port
              + " on "
              + host
              + " is in use ("
              + e.getMessage()
              + "): stop what holds it or pick another with "
              + flag
              + " PORT");
    }
  }
}
