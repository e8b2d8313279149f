package io.newsflow.app.observability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric families docs/METRICS.md lists: each table row starts with a family name in backticks
 * and its Prometheus type; a name ending in {@code *} stands for every family with that prefix
 * (Kafka's per-client metrics, which differ between client versions and roles).
 */
record MetricsDoc(Map<String, String> exact, Map<String, String> patterns) {
  static final Path PATH = Path.of("..", "docs", "METRICS.md");
  private static final Pattern ROW =
      Pattern.compile(
          "^\\|\\s*`([a-z_:][a-z0-9_:]*\\*?)`\\s*\\|\\s*(counter|gauge|histogram|summary|info|\\*)\\s*\\|");
  private static final Set<String> SERIES_SUFFIXES = Set.of("_bucket", "_sum", "_count");

  static MetricsDoc read() throws IOException {
    return parse(Files.readString(PATH));
  }

  static MetricsDoc parse(String markdown) {
    Map<String, String> exact = new LinkedHashMap<>();
    Map<String, String> patterns = new LinkedHashMap<>();
    for (String line : markdown.split("\n")) {
      Matcher m = ROW.matcher(line.strip());
      if (m.find()) {
        String name = m.group(1);
        if (name.endsWith("*")) {
          patterns.put(name.substring(0, name.length() - 1), m.group(2));
        } else {
          exact.put(name, m.group(2));
        }
      }
    }
    return new MetricsDoc(exact, patterns);
  }

  /** Whether a family name is documented, exactly or by a prefix. */
  boolean documents(String family) {
    return exact.containsKey(family) || patterns.keySet().stream().anyMatch(family::startsWith);
  }

  /**
   * Whether a series name used in a query is documented: a family, or one of a histogram's {@code
   * _bucket}, {@code _sum} and {@code _count} series.
   */
  boolean documentsSeries(String series) {
    if (documents(series)) {
      return true;
    }
    for (String suffix : SERIES_SUFFIXES) {
      if (series.endsWith(suffix)) {
        String family = series.substring(0, series.length() - suffix.length());
        if ("histogram".equals(exact.get(family)) || "summary".equals(exact.get(family))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The families of Prometheus text exposition, from its {@code # TYPE} lines, with their types.
   */
  static Map<String, String> families(String exposition) {
    Map<String, String> families = new TreeMap<>();
    for (String line : exposition.split("\n")) {
      if (line.startsWith("# TYPE ")) {
        String[] parts = line.split(" ");
        families.put(parts[2], parts[3]);
      }
    }
    return families;
  }

  /** The documented prefixes that no served family has. */
  Set<String> unmatchedPatterns(Collection<String> served) {
    Set<String> unmatched = new TreeSet<>();
    for (String prefix : patterns.keySet()) {
      if (served.stream().noneMatch(f -> f.startsWith(prefix))) {
        unmatched.add(prefix + "*");
      }
    }
    return unmatched;
  }

  Optional<String> typeOf(String family) {
    return Optional.ofNullable(exact.get(family));
  }
}
