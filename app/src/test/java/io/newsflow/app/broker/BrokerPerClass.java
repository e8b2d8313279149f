package io.newsflow.app.broker;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One embedded broker for the tests of a class, started before the first and closed after the last
 * (register it as a static field): its start-up is paid once and counts against no test's timeout.
 */
public final class BrokerPerClass implements BeforeAllCallback, AfterAllCallback {
  private EmbeddedBroker broker;

  @Override
  public void beforeAll(ExtensionContext context) {
    broker = EmbeddedBroker.start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (broker != null) {
      broker.close();
    }
  }

  public String bootstrapServers() {
    return broker.bootstrapServers();
  }
}
