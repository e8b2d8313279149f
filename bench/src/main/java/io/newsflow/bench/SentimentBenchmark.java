package io.newsflow.bench;

import io.newsflow.enrich.sentiment.NewsSentenceScorer;
import io.newsflow.enrich.sentiment.VaderSentenceScorer;
import io.newsflow.enrich.text.Sentences;
import io.newsflow.enrich.text.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sentence sentiment speed on one thread: one operation is one sentence scored by {@code
 * NewsSentenceScorer.load().score(sentence)} ({@code newsScorer}, the figure in
 * docs/BENCHMARKS.md), or by plain VADER ({@code vader}), cycling through the sentences. The
 * sentences are the NYT editorial sentences of {@code ../shared} (third column, read at run time,
 * never copied into the project; {@code -Dnewsflow.bench.sentences=PATH} picks another rated TSV);
 * without that file (a user's clone), the sentences of the articles written for this project and
 * bundled here.
 *
 * <pre>
 * mvn -B -q -o -pl bench -am package -DskipTests
 * java -Xmx512m -jar bench/target/benchmarks.jar SentimentBenchmark -t 1
 * </pre>
 */
@State(Scope.Thread) // one thread (the default), one scorer: the figure is per core
@BenchmarkMode(Mode.Throughput) // operations (sentences) per second
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx512m"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class SentimentBenchmark {
  private static final String DEFAULT_SENTENCES = "../shared/data/sentiment/nyt-editorial-dev.tsv";
  private static final String BUNDLED = "/io/newsflow/bench/articles.txt";

  private String[] sentences;
  private NewsSentenceScorer news;
  private VaderSentenceScorer vader;
  private int next;

  @Setup
  public void setUp() throws IOException {
    Path rated = Path.of(System.getProperty("newsflow.bench.sentences", DEFAULT_SENTENCES));
    List<String> text = Files.isRegularFile(rated) ? thirdColumn(rated) : bundledSentences();
    sentences = text.toArray(String[]::new);
    double words = text.stream().mapToInt(s -> s.split("\\s+").length).average().orElse(0);
    System.out.printf(
        "%nbenchmark text: %d sentences (%.1f words on average) from %s%n",
        sentences.length, words, Files.isRegularFile(rated) ? rated : "bundled articles");
    news = NewsSentenceScorer.load();
    vader = VaderSentenceScorer.load();
  }

  @Benchmark
  public double newsScorer() {
    return news.score(nextSentence());
  }

  @Benchmark
  public double vader() {
    return vader.score(nextSentence());
  }

  private String nextSentence() {
    String s = sentences[next];
    next = next + 1 == sentences.length ? 0 : next + 1;
    return s;
  }

  private static List<String> thirdColumn(Path tsv) throws IOException {
    List<String> text = new ArrayList<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      String[] fields = line.split("\t", 3);
      if (fields.length == 3) {
        text.add(fields[2]);
      }
    }
    return text;
  }

  private static List<String> bundledSentences() {
    try (InputStream in = SentimentBenchmark.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IOException(BUNDLED + " is missing");
      }
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> text = new ArrayList<>();
      for (Span span : Sentences.split(all)) {
        text.add(all.substring(span.start(), span.end()));
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
