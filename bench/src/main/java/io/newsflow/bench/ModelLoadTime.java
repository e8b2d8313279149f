package io.newsflow.bench;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.entity.TrainedEntityRecognizer;
import io.newsflow.enrich.entity.gazetteer.NameLists;
import io.newsflow.enrich.entity.gazetteer.TypedNames;
import io.newsflow.enrich.sentiment.NewsSentenceScorer;
import io.newsflow.enrich.sentiment.NewsSentimentAnalyzer;
import io.newsflow.enrich.sentiment.TargetSentimentModel;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How long one of the bundled models takes to load in a JVM that has loaded nothing else, as a
 * service or a command meets it, on the class path the command line runs with: {@code java -Xmx512m
 * -cp "app/target/newsflow.jar:app/target/lib/*:bench/target/newsflow-bench-0.1.0-SNAPSHOT.jar"
 * io.newsflow.bench.ModelLoadTime NAME}, NAME one of the keys below (another build's {@code
 * app/target} in front of this bench jar times that build). One load a process, because the second
 * load in a JVM runs compiled code and says nothing about a start; run it several times and take
 * the spread, and time the process too ({@code /usr/bin/time}) for its CPU.
 */
public final class ModelLoadTime {
  private static final Map<String, Supplier<Object>> LOADS =
      Map.of(
          "target-model", TargetSentimentModel::load,
          "sentence-scorer", NewsSentenceScorer::load,
          "sentiment", NewsSentimentAnalyzer::load,
          "name-lists", NameLists::read,
          "typed-names", TypedNames::load,
          "entities", TrainedEntityRecognizer::load,
          "enricher", () -> ArticleEnricher.withModels(Clock.systemUTC()));

  private ModelLoadTime() {}

  public static void main(String[] args) {
    Supplier<Object> load = args.length == 1 ? LOADS.get(args[0]) : null;
    if (load == null) {
      System.err.println("usage: ModelLoadTime NAME, NAME one of " + LOADS.keySet());
      System.exit(2);
    }
    long start = System.nanoTime();
    Object loaded = load.get();
    long nanos = System.nanoTime() - start;
    System.out.printf(
        Locale.ROOT, "%s: %.0f ms (%s)%n", args[0], nanos / 1e6, loaded.getClass().getSimpleName());
  }
}
