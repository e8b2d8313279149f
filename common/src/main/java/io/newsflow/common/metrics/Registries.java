package io.newsflow.common.metrics;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * A Prometheus registry with the JVM and process meters every service reports, time in seconds
 * ({@link BaseUnitPrometheusRegistry}) and names {@code promtool check metrics} accepts ({@link
 * PrometheusLintFilter}).
 */
public final class Registries {
  private Registries() {}

  public static PrometheusMeterRegistry prometheus(String service) {
    PrometheusMeterRegistry registry = new BaseUnitPrometheusRegistry();
    registry
        .config()
        .commonTags("service", service)
        // process_cpu_usage says the same in Prometheus' units; the raw nanosecond counter fails
        // promtool
        .meterFilter(
            io.micrometer.core.instrument.config.MeterFilter.denyNameStartsWith("process.cpu.time"))
        .meterFilter(new PrometheusLintFilter());
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    return registry;
  }
}
