package io.newsflow.app.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.app.run.ServiceHost;
import io.newsflow.common.kafka.KafkaSettings;

/** One thing the bench measures: applications fed by ingest and read on one output topic. */
interface Stage {
  /** Its row in the table. */
  String name();

  /** Where ingest writes for it: these settings' raw topic. */
  KafkaSettings input();

  /** The topic its articles come out on. */
  String output();

  /** Starts its applications; {@code host} stops them. */
  void start(ServiceHost host, MeterRegistry registry) throws Exception;

  /** Throws when a part of it has stopped on its own; runs about once a second. */
  default void check() {}
}
