package io.newsflow.bench;

import io.newsflow.bench.BenchmarkTargets.Target;
import io.newsflow.enrich.sentiment.TargetScorer;
import java.io.IOException;
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
 * Target sentiment speed on one thread: one operation is one mention scored, cycling through the
 * mentions of {@link BenchmarkTargets}, either alone ({@code TargetScorer.score(sentence, start,
 * end)}: the sentence is tokenised and scored for each of its mentions) or as enrich scores them,
 * sharing that work among the mentions of a sentence ({@code
 * TargetScorer.sentence(text).score(start, end)}, the sentence prepared when its first mention
 * comes, its time counted, its sentence scorer run included although enrich has that prediction
 * already). {@link TargetThroughput} measures the same by CPU time, steadier on a shared machine.
 *
 * <pre>
 * mvn -B -q -o -pl bench -am package -DskipTests
 * java -Xmx512m -jar bench/target/benchmarks.jar TargetSentimentBenchmark -t 1
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput) // operations (mentions) per second
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx512m"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class TargetSentimentBenchmark {
  private Target[] targets;
  private Target[][] bySentence;
  private TargetScorer scorer;
  private int next;
  private int sentence;
  private int mention;
  private TargetScorer.Sentence prepared;

  @Setup
  public void setUp() throws IOException {
    BenchmarkTargets.Corpus corpus = BenchmarkTargets.load();
    bySentence =
        corpus.bySentence().stream().map(ts -> ts.toArray(Target[]::new)).toArray(Target[][]::new);
    targets = corpus.bySentence().stream().flatMap(List::stream).toArray(Target[]::new);
    System.out.printf(
        "%nbenchmark targets: %d in %d sentences from %s%n",
        targets.length, bySentence.length, corpus.source());
    scorer = TargetScorer.load();
  }

  @Benchmark
  public double mentionAlone() {
    Target t = targets[next];
    next = next + 1 == targets.length ? 0 : next + 1;
    return scorer.score(t.text(), t.start(), t.end());
  }

  @Benchmark
  public double mentionSharingSentence() {
    Target[] mentions = bySentence[sentence];
    if (mention == 0) {
      prepared = scorer.sentence(mentions[0].text());
    }
    Target t = mentions[mention];
    if (++mention == mentions.length) {
      mention = 0;
      sentence = sentence + 1 == bySentence.length ? 0 : sentence + 1;
    }
    return prepared.score(t.start(), t.end());
  }
}
