package io.newsflow.app.bench;

import io.newsflow.common.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A {@link Report} as people read it (a table) or as scripts do (one JSON object). */
public final class ResultTable {
  private static final String ROW = "%-13s %9s %6s %10s %7s %9s %7s %7s %7s %7s %6s%n";

  private ResultTable() {}

  public static String text(Report report) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "newsflow bench: %s; %s; %s after each stage's first output%s%n",
            report.articles(),
            report.rate() > 0
                ? number(report.rate()) + " articles/s"
                : "flat out (at most " + Bench.WINDOW + " in flight)",
            report.duration().toSeconds() + " s",
            report.warmup().isZero()
                ? ""
                : " and a warm-up of " + report.warmup().toSeconds() + " s"));
    out.append(
        String.format(
            Locale.ROOT,
            "  %s, %d partitions, %d stream thread(s) per enrich, enrich %s, on %s;"
                + " pass-through first%n",
            report.processingGuarantee(),
            report.partitions(),
            report.enrichThreads(),
            report.instances() == 0
                ? "in this JVM"
                : "in " + report.instances() + " processes (-Xmx" + EnrichProcesses.HEAP + ")",
            report.kafka()));
    out.append(
        String.format(
            Locale.ROOT,
            ROW,
            "stage",
            "articles",
            "lost",
            "first out",
            "art/s",
            "MB/s",
            "p50 ms",
            "p95 ms",
            "p99 ms",
            "max ms",
            "dlq"));
    for (StageResult stage : report.stages()) {
      Percentiles latency = stage.latencyMillis();
      out.append(
          String.format(
              Locale.ROOT,
              ROW,
              stage.stage(),
              stage.delivered() + "/" + stage.sent(),
              stage.lost(),
              stage.firstOutputSeconds() == null
                  ? "-"
                  : String.format(Locale.ROOT, "%.1f s", stage.firstOutputSeconds()),
              number(stage.articlesPerSecond()),
              stage.megabytesPerSecond() == null
                  ? "-"
                  : String.format(Locale.ROOT, "%.2f", stage.megabytesPerSecond()),
              number(latency.p50()),
              number(latency.p95()),
              number(latency.p99()),
              number(latency.max()),
              stage.deadLettered()));
    }
    for (StageResult stage : report.stages()) {
      if (report.rate() == 0 && !stage.windowFilled()) {
        out.append(stage.stage())
            .append(": never held a full window of articles in flight, so its articles/s is the")
            .append(" sender's (ingest's) pace, a floor of its own")
            .append(System.lineSeparator());
      }
    }
    if (report.rate() > 0) {
      out.append("at a fixed rate both stages follow the rate: compare their articles/s flat out")
          .append(System.lineSeparator());
    } else {
      ratio(report.stages()).ifPresent(r -> out.append(r).append(System.lineSeparator()));
    }
    out.append(
        "articles: out/sent (lost = sent - out - dead-lettered); art/s and MB/s (10^6 bytes of"
            + " article JSON): from the first output to the last; latency: handed to ingest to read"
            + " committed downstream, of articles sent after the first output"
            + System.lineSeparator());
    return out.toString();
  }

  private static java.util.Optional<String> ratio(List<StageResult> stages) {
    if (stages.size() != 2
        || stages.get(0).articlesPerSecond() == null
        || stages.get(1).articlesPerSecond() == null) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        String.format(
            Locale.ROOT,
            "pipeline / pass-through: %.2f of the articles/s",
            stages.get(1).articlesPerSecond() / stages.get(0).articlesPerSecond()));
  }

  /** One line of JSON: the run's settings, and each stage's figures (null where unmeasured). */
  public static String json(Report report) {
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("articles", report.articles());
    run.put("rate", report.rate());
    run.put("durationSeconds", report.duration().toMillis() / 1000.0);
    run.put("warmupSeconds", report.warmup().toMillis() / 1000.0);
    run.put("processingGuarantee", report.processingGuarantee());
    run.put("partitions", report.partitions());
    run.put("enrichThreads", report.enrichThreads());
    run.put("instances", report.instances());
    run.put("kafka", report.kafka());
    run.put(
        "stages",
        report.stages().stream()
            .map(
                s -> {
                  Map<String, Object> stage = new LinkedHashMap<>();
                  stage.put("stage", s.stage());
                  stage.put("sent", s.sent());
                  stage.put("delivered", s.delivered());
                  stage.put("deadLettered", s.deadLettered());
                  stage.put("lost", s.lost());
                  stage.put("refused", s.refused());
                  stage.put("unexpected", s.unexpected());
                  stage.put("firstOutputSeconds", s.firstOutputSeconds());
                  stage.put("articlesPerSecond", s.articlesPerSecond());
                  stage.put("megabytesPerSecond", s.megabytesPerSecond());
                  stage.put("latencyMillis", s.latencyMillis());
                  stage.put("windowFilled", s.windowFilled());
                  return stage;
                })
            .toList());
    return Json.line(run);
  }

  private static String number(Double value) {
    if (value == null) {
      return "-";
    }
    return value >= 100
        ? String.format(Locale.ROOT, "%.0f", value)
        : String.format(Locale.ROOT, "%.1f", value);
  }
}
