package io.newsflow.bench;

import io.newsflow.enrich.sentiment.TargetScorer;
import io.newsflow.enrich.text.Sentences;
import io.newsflow.enrich.text.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * mentions, either alone ({@code TargetScorer.score(sentence, start, end)}: the sentence is
 * tokenised and scored for each of its mentions) or as enrich scores them, sharing that work among
 * the mentions of a sentence ({@code TargetScorer.sentence(text).score(start, end)}, the sentence
 * prepared when its first mention comes, its time counted). The mentions are NewsMTSC's targets of
 * {@code ../shared} (read at run time, never copied into the project; {@code
 * -Dnewsflow.bench.targets=PATH} picks another file of its columns); without that file, every
 * capitalised word after a sentence's first of the bundled articles.
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
  private static final String DEFAULT_TARGETS =
      "../shared/data/sentiment/newsmtsc/newsmtsc-train-mt.tsv";
  private static final String BUNDLED = "/io/newsflow/bench/articles.txt";

  private record Target(String text, int start, int end) {}

  private Target[] targets;
  private Target[][] bySentence; // the same targets, those of one sentence together
  private TargetScorer scorer;
  private int next;
  private int sentence;
  private int mention;
  private TargetScorer.Sentence prepared;

  @Setup
  public void setUp() throws IOException {
    Path file = Path.of(System.getProperty("newsflow.bench.targets", DEFAULT_TARGETS));
    List<Target> list = Files.isRegularFile(file) ? newsMtsc(file) : bundled();
    targets = list.toArray(Target[]::new);
    Map<String, List<Target>> grouped = new LinkedHashMap<>();
    for (Target t : list) {
      grouped.computeIfAbsent(t.text(), k -> new ArrayList<>()).add(t);
    }
    bySentence =
        grouped.values().stream().map(ts -> ts.toArray(Target[]::new)).toArray(Target[][]::new);
    System.out.printf(
        "%nbenchmark targets: %d in %d sentences from %s%n",
        targets.length, bySentence.length, Files.isRegularFile(file) ? file : "bundled articles");
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

  /** Columns id, split, text, target, target_start, target_end (code points), label. */
  private static List<Target> newsMtsc(Path tsv) throws IOException {
    List<Target> list = new ArrayList<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      String text = f[2];
      list.add(
          new Target(
              text,
              text.offsetByCodePoints(0, Integer.parseInt(f[4])),
              text.offsetByCodePoints(0, Integer.parseInt(f[5]))));
    }
    return list;
  }

  private static List<Target> bundled() {
    try (InputStream in = TargetSentimentBenchmark.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IOException(BUNDLED + " is missing");
      }
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<Target> list = new ArrayList<>();
      for (Span span : Sentences.split(all)) {
        String s = span.of(all);
        for (int i = s.indexOf(' '); i >= 0 && i + 1 < s.length(); i = s.indexOf(' ', i + 1)) {
          int end = i + 1;
          while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
          }
          if (Character.isUpperCase(s.charAt(i + 1)) && end > i + 1) {
            list.add(new Target(s, i + 1, end));
          }
        }
      }
      return list;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
