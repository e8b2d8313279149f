package io.newsflow.common.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * A Prometheus registry that reports time in seconds, as Prometheus asks ({@code promtool check
 * metrics} rejects {@code _nanoseconds} and {@code _milliseconds}). Kafka's clients report some
 * gauges and cumulative counters in {@code ns} or {@code ms} (e.g. {@code io-time-ns-total}, {@code
 * start-time-ms}); their values are divided into seconds here and the unit word in the name becomes
 * {@code seconds}, so {@code kafka_producer_io_time_ns_total} is served as {@code
 * kafka_producer_io_time_seconds_total}. Meters registered without a description get one naming
 * where they come from, since Prometheus' linter wants help text on every family.
 */
final class BaseUnitPrometheusRegistry extends PrometheusMeterRegistry {
  private static final Map<String, Double> SECONDS_PER_UNIT =
      Map.of(
          "ns",
          1e-9,
          "nanoseconds",
          1e-9,
          "us",
          1e-6,
          "microseconds",
          1e-6,
          "ms",
          1e-3,
          "milliseconds",
          1e-3);

  BaseUnitPrometheusRegistry() {
    super(PrometheusConfig.DEFAULT);
  }

  @Override
  protected <T> Gauge newGauge(Meter.Id id, T obj, ToDoubleFunction<T> valueFunction) {
    double scale = secondsPerUnit(id.getName());
    return super.newGauge(inSeconds(id, scale), obj, scaled(valueFunction, scale));
  }

  @Override
  protected <T> FunctionCounter newFunctionCounter(
      Meter.Id id, T obj, ToDoubleFunction<T> countFunction) {
    double scale = secondsPerUnit(id.getName());
    return super.newFunctionCounter(inSeconds(id, scale), obj, scaled(countFunction, scale));
  }

  /** The factor to seconds if one word of the name is a sub-second time unit, else 1. */
  static double secondsPerUnit(String name) {
    for (String word : name.split("[._-]")) {
      Double scale = SECONDS_PER_UNIT.get(word);
      if (scale != null) {
        return scale;
      }
    }
    return 1.0;
  }

  static String secondsName(String name) {
    String[] words = name.split("\\.", -1);
    for (int i = 0; i < words.length; i++) {
      if (SECONDS_PER_UNIT.containsKey(words[i])) {
        words[i] = "seconds";
      }
    }
    return String.join(".", words);
  }

  private static Meter.Id inSeconds(Meter.Id id, double scale) {
    String name = scale == 1.0 ? id.getName() : secondsName(id.getName());
    String description = id.getDescription();
    if (description == null || description.isBlank()) {
      description =
          "Reported by "
              + (name.startsWith("kafka.") ? "the Kafka client" : "the service")
              + " without a description: "
              + id.getName();
    } else if (scale != 1.0) {
      description = description + " (converted to seconds)";
    }
    return new Meter.Id(
        name,
        io.micrometer.core.instrument.Tags.of(id.getTagsAsIterable()),
        // the unit is in the name already; a base unit would be appended to it once more
        scale == 1.0 ? id.getBaseUnit() : null,
        description,
        id.getType());
  }

  private static <T> ToDoubleFunction<T> scaled(ToDoubleFunction<T> f, double scale) {
    return scale == 1.0 ? f : obj -> f.applyAsDouble(obj) * scale;
  }
}
