package io.newsflow.bench.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.ejml.simple.SimpleMatrix;

/**
 * Stanford CoreNLP's sentiment model (the RNTN of Socher et al. 2013, {@code sentiment.ser.gz},
 * trained on the Stanford Sentiment Treebank of movie-review phrases) as a peer of our scorer on
 * the rated sets. Benchmark only: CoreNLP is GPL-3.0 and never shipped.
 *
 * <pre>
 * CoreNlpSentiment RATED.tsv SCORES [PROBABILITIES [PHRASES]]
 * </pre>
 *
 * <p>Reads one text a line (the third column of a rated TSV, or the whole line when it has no tab),
 * writes one score in [-1, 1] a line (the expected class value, see {@link SentimentDistribution})
 * for {@code sentiment_score.py}, and optionally the root's five class probabilities a line, so
 * that other mappings can be tried without re-running the parser, and optionally a {@link
 * PhraseSummary} of the tree's other nodes a line. Each line is one sentence ({@code
 * ssplit.isOneSentence}), as the raters saw it. Prints load time and throughput.
 */
public final class CoreNlpSentiment {
  /** The only English constituency parser in the models jar; the RNTN needs binarised trees. */
  static final String PARSER = "edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz";

  private final StanfordCoreNLP pipeline;

  private CoreNlpSentiment(StanfordCoreNLP pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * Loads the tokenizer, the tagger, the PCFG parser and the sentiment model from the models jar.
   */
  public static CoreNlpSentiment load() {
    Properties props = new Properties();
    // CoreNLP's own sentiment pipeline; the tagger's tags prune the parser's chart (the parser
    // alone,
    // tagging as it parses, was about twice as slow on the first 20 editorial sentences).
    props.setProperty("annotators", "tokenize,ssplit,pos,parse,sentiment");
    props.setProperty("ssplit.isOneSentence", "true");
    props.setProperty("parse.model", PARSER);
    props.setProperty("parse.binaryTrees", "true");
    return new CoreNlpSentiment(new StanfordCoreNLP(props));
  }

  /** The class distribution at the root of the sentence's tree, and a summary of its phrases. */
  public record Scored(SentimentDistribution root, PhraseSummary phrases) {}

  /** Scores one text as one sentence. */
  public Scored score(String text) {
    Annotation document = new Annotation(text);
    pipeline.annotate(document);
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null || sentences.isEmpty()) {
      return new Scored(SentimentDistribution.neutral(), PhraseSummary.of(List.of()));
    }
    Tree tree = sentences.get(0).get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
    List<SentimentDistribution> phrases = new ArrayList<>();
    for (Tree node : tree.preOrderNodeList()) {
      // Words carry no prediction of their own; their preterminals (single words) and every
      // phrase above them do.
      if (!node.isLeaf() && node != tree && RNNCoreAnnotations.getPredictions(node) != null) {
        phrases.add(distribution(node));
      }
    }
    return new Scored(distribution(tree), PhraseSummary.of(phrases));
  }

  private static SentimentDistribution distribution(Tree node) {
    SimpleMatrix predictions = RNNCoreAnnotations.getPredictions(node);
    double[] p = new double[predictions.getNumElements()];
    for (int c = 0; c < p.length; c++) {
      p[c] = predictions.get(c);
    }
    return new SentimentDistribution(p);
  }

  /**
   * The text of a rated line: the third column of {@code id<TAB>rating<TAB>text}, else the line.
   */
  static String text(String line) {
    String[] columns = line.split("\t", 3);
    return columns.length == 3 ? columns[2] : line;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: CoreNlpSentiment RATED.tsv SCORES [PROBABILITIES [PHRASES]]");
      System.exit(2);
    }
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    long start = System.nanoTime();
    CoreNlpSentiment model = load();
    System.out.printf(Locale.ROOT, "loaded in %.1f s%n", (System.nanoTime() - start) / 1e9);

    Path probabilities = args.length > 2 ? Path.of(args[2]) : null;
    Path phrases = args.length > 3 ? Path.of(args[3]) : null;
    long words = 0;
    // Wall time moves with the machine's load; the thread's CPU time is the steadier figure.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    try (BufferedWriter scores = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8);
        BufferedWriter probs =
            probabilities == null
                ? null
                : Files.newBufferedWriter(probabilities, StandardCharsets.UTF_8);
        BufferedWriter phraseLines =
            phrases == null ? null : Files.newBufferedWriter(phrases, StandardCharsets.UTF_8)) {
      for (int i = 0; i < lines.size(); i++) {
        String text = text(lines.get(i));
        words += text.isBlank() ? 0 : text.trim().split("\\s+").length;
        Scored scored = model.score(text);
        scores.write(String.format(Locale.ROOT, "%.6f%n", scored.root().expectedValue()));
        if (probs != null) {
          probs.write(scored.root().probabilitiesLine());
          probs.newLine();
        }
        if (phraseLines != null) {
          phraseLines.write(scored.phrases().line());
          phraseLines.newLine();
        }
        if ((i + 1) % 250 == 0) {
          System.out.printf(Locale.ROOT, "%,d sentences, %.2f/s%n", i + 1, (i + 1) / seconds(t0));
        }
      }
    }
    double seconds = seconds(t0);
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%,d sentences (%,d words) in %.1f s: %.2f sentences/s, %.0f words/s;"
            + " CPU %.1f s: %.2f sentences per CPU-second%n",
        lines.size(),
        words,
        seconds,
        lines.size() / seconds,
        words / seconds,
        cpuSeconds,
        lines.size() / cpuSeconds);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
