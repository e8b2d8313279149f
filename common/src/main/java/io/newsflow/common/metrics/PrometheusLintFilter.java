package io.newsflow.common.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import java.util.Map;

/**
 * Renames the few meters whose names Prometheus' own linter ({@code promtool check metrics})
 * rejects, and only those: a gauge or counter named {@code *.count} would read as a histogram's
 * {@code _count} series, so its last word becomes {@code number}; abbreviated units ({@code ns},
 * {@code us}, {@code ms}) are spelled out. Every other name stays as Micrometer and its Kafka
 * binders give it. docs/METRICS.md lists the renames.
 */
public final class PrometheusLintFilter implements MeterFilter {
  private static final Map<String, String> UNITS =
      Map.of("ns", "nanoseconds", "us", "microseconds", "ms", "milliseconds");

  @Override
  public Meter.Id map(Meter.Id id) {
    String name = lintFree(id.getName(), id.getType());
    return name.equals(id.getName()) ? id : id.withName(name);
  }

  static String lintFree(String name, Meter.Type type) {
    String[] words = name.split("[._]");
    boolean changed = false;
    for (int i = 0; i < words.length; i++) {
      String spelled = UNITS.get(words[i]);
      if (spelled != null) {
        words[i] = spelled;
        changed = true;
      }
    }
    int last = words.length - 1;
    boolean histogramLike =
        type == Meter.Type.TIMER || type == Meter.Type.DISTRIBUTION_SUMMARY || type == Meter.Type.LONG_TASK_TIMER;
    if (!histogramLike && last > 0 && (words[last].equals("count") || words[last].equals("sum")
        || words[last].equals("bucket"))) {
      words[last] = words[last].equals("count") ? "number" : words[last] + ".value";
      changed = true;
    }
    return changed ? String.join(".", words) : name;
  }
}
