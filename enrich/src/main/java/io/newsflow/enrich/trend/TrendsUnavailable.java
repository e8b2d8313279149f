package io.newsflow.enrich.trend;

/** Why trends cannot be answered right now (a rebalance, an instance that does not answer). */
public final class TrendsUnavailable extends Exception {
  public TrendsUnavailable(String reason) {
    super(reason);
  }

  public TrendsUnavailable(String reason, Throwable cause) {
    super(reason, cause);
  }
}
