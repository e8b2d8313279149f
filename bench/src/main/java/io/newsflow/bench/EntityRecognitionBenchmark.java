package io.newsflow.bench;

import io.newsflow.enrich.entity.TrainedEntityRecognizer;
import io.newsflow.enrich.entity.tagger.SequenceTagger;
import io.newsflow.enrich.text.Sentences;
import io.newsflow.enrich.text.Span;
import io.newsflow.enrich.text.Token;
import io.newsflow.enrich.text.Tokenizer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Entity recognition speed on one thread, from raw text: sentence splitting, tokenising and tagging
 * ({@code tokenizeAndTag}, the figure in docs/BENCHMARKS.md), the first two alone ({@code
 * tokenize}), and the whole recogniser with mention linking ({@code recognize}). One operation is
 * one whole pass over the documents; the {@code tokens} counter turns that into tokens per second.
 *
 * <pre>
 * mvn -B -q -o -pl bench -am package -DskipTests
 * java -Xmx512m -jar bench/target/benchmarks.jar -f 1 -wi 3 -i 5 -t 1
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx512m"})
@Threads(1)
@State(Scope.Benchmark)
public class EntityRecognitionBenchmark {
  private List<String> documents;
  private SequenceTagger tagger;
  private SequenceTagger onePassTagger;
  private TrainedEntityRecognizer recognizer;
  private int[] tokenCounts; // counted once in setup, so that recognize times only recognising

  /**
   * Tokens processed, reported by JMH as a rate (tokens/s of wall-clock time). Each iteration also
   * prints the rate per second of the benchmark thread's CPU time, which other processes on a busy
   * machine disturb far less than the wall clock.
   */
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  @State(Scope.Thread)
  public static class Tokens {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    public long tokens;
    private long cpuStart;

    @Setup(Level.Iteration)
    public void reset() {
      tokens = 0;
      cpuStart = THREADS.getCurrentThreadCpuTime();
    }

    @TearDown(Level.Iteration)
    public void reportCpuTime() {
      double seconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      System.out.printf(
          "(thread CPU %.2f s: %,.0f tokens per CPU second) ", seconds, tokens / seconds);
    }
  }

  @Setup
  public void setUp() {
    BenchmarkText.Corpus corpus = BenchmarkText.load();
    documents = corpus.documents();
    System.out.println(
        "\nbenchmark text: " + documents.size() + " documents from " + corpus.source());
    tagger = SequenceTagger.load();
    onePassTagger = tagger.onePass();
    recognizer = TrainedEntityRecognizer.load();
    tokenCounts = documents.stream().mapToInt(EntityRecognitionBenchmark::countTokens).toArray();
  }

  @Benchmark
  public void tokenizeAndTag(Tokens counter, Blackhole sink) {
    tokenizeAndTag(tagger, documents, counter, sink);
  }

  private static void tokenizeAndTag(
      SequenceTagger tagger, List<String> documents, Tokens counter, Blackhole sink) {
    for (String text : documents) {
      List<String[]> sentences = new ArrayList<>();
      for (Span sentence : Sentences.split(text)) {
        List<Token> tokens = Tokenizer.tokenize(text, sentence.start(), sentence.end());
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
          words[i] = tokens.get(i).text();
        }
        sentences.add(words);
        counter.tokens += words.length;
      }
      sink.consume(tagger.tag(sentences));
    }
  }

  /** As {@link #tokenizeAndTag}, with the faster, less accurate one-pass tagger. */
  @Benchmark
  public void tokenizeAndTagOnePass(Tokens counter, Blackhole sink) {
    tokenizeAndTag(onePassTagger, documents, counter, sink);
  }

  /**
   * Sentence splitting and tokenising alone: the part of {@code tokenizeAndTag} that is not
   * tagging.
   */
  @Benchmark
  public void tokenize(Tokens counter, Blackhole sink) {
    for (String text : documents) {
      for (Span sentence : Sentences.split(text)) {
        List<Token> tokens = Tokenizer.tokenize(text, sentence.start(), sentence.end());
        counter.tokens += tokens.size();
        sink.consume(tokens);
      }
    }
  }

  @Benchmark
  public void recognize(Tokens counter, Blackhole sink) {
    for (int d = 0; d < documents.size(); d++) {
      sink.consume(recognizer.recognize("", documents.get(d)));
      counter.tokens += tokenCounts[d];
    }
  }

  private static int countTokens(String text) {
    int n = 0;
    for (Span sentence : Sentences.split(text)) {
      n += Tokenizer.tokenize(text, sentence.start(), sentence.end()).size();
    }
    return n;
  }
}
