package io.newsflow.bench.corenlp;

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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Tokens per second on one thread, CoreNLP's CRF against our tagger, on the same gold tokens: the
 * whole CoNLL-2003 valid split (51,362 tokens; documents split at -DOCSTART-, sentences as given).
 * One operation is one pass over the split; the {@code tokens} counter is the rate. Each benchmark
 * loads only its own tagger, in a fork with the heap its tagger needs. Run by {@code
 * bench-corenlp/run.sh jmh}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Threads(1)
public class TaggerComparisonBenchmark {

  /** The valid split, read once per fork. */
  @State(Scope.Benchmark)
  public static class Split {
    ValidSplit split;

    @Setup
    public void read() {
      split = ValidSplit.load();
    }
  }

  @State(Scope.Benchmark)
  public static class CoreNlp {
    DocumentTagger tagger;

    @Setup
    public void load() {
      tagger = Contender.CORENLP_CRF.load();
    }
  }

  @State(Scope.Benchmark)
  public static class Newsflow {
    DocumentTagger tagger;

    @Setup
    public void load() {
      tagger = Contender.NEWSFLOW.load();
    }
  }

  /** Tokens tagged in the iteration, which JMH reports as a rate. */
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  @State(Scope.Thread)
  public static class TaggedTokens {
    public long tokens;

    @Setup(Level.Iteration)
    public void startIteration() {
      tokens = 0;
    }
  }

  @Benchmark
  @Fork(
      value = 1,
      jvmArgsAppend = {"-Xmx2g"})
  public void coreNlpCrf(Split split, CoreNlp coreNlp, TaggedTokens counter, Blackhole sink) {
    tagAll(coreNlp.tagger, split.split.documents(), counter, sink);
  }

  @Benchmark
  @Fork(
      value = 1,
      jvmArgsAppend = {"-Xmx256m"})
  public void newsflowTagger(Split split, Newsflow newsflow, TaggedTokens counter, Blackhole sink) {
    tagAll(newsflow.tagger, split.split.documents(), counter, sink);
  }

  private static void tagAll(
      DocumentTagger tagger, List<List<String[]>> documents, TaggedTokens counter, Blackhole sink) {
    for (List<String[]> document : documents) {
      String[][] tags = tagger.tag(document);
      for (String[] sentence : tags) {
        counter.tokens += sentence.length;
      }
      sink.consume(tags);
    }
  }
}
