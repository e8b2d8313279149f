package io.newsflow.common.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Renames the few meters whose names Prometheus' own linter ({@code promtool check metrics})
 * rejects for their shape, and only those: a gauge or counter named {@code *.count} would read as a
 * histogram's {@code _count} series, so its last word becomes {@code number} (likewise {@code sum}
 * and {@code bucket} get {@code .value}). Sub-second units become seconds, values converted, in
 * {@link BaseUnitPrometheusRegistry}. Every other name stays as Micrometer and its Kafka binders
 * give it. docs/METRICS.md lists the renames.
 */
public final class PrometheusLintFilter implements MeterFilter {
  @Override
  public Meter.Id map(Meter.Id id) {
    String name = lintFree(id.getName(), id.getType());
    return name.equals(id.getName()) ? id : id.withName(name);
  }

  static String lintFree(String name, Meter.Type type) {
    String[] words = name.split("[._]");
    boolean changed = false;
    int last = words.length - 1;
    boolean histogramLike =
        type == Meter.Type.TIMER
            || type == Meter.Type.DISTRIBUTION_SUMMARY
            || type == Meter.Type.LONG_TASK_TIMER;
    if (!histogramLike
        && last > 0
        && (words[last].equals("count")
            || words[last].equals("sum")
            || words[last].equals("bucket"))) {
      words[last] = words[last].equals("count") ? "number" : words[last] + ".value";
      changed = true;
    }
    return changed ? String.join(".", words) : name;
  }
}
