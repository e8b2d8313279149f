package io.newsflow.app.cli;

/** The failure of a command whose service this build does not contain yet. */
final class NotWiredYet {
  private NotWiredYet() {}

  static CommandFailure failure(String command) {
    return new CommandFailure(
        "'" + command + "' is not wired yet in this build of newsflow; use a build that includes it");
  }
}
