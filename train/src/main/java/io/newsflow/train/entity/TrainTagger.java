package io.newsflow.train.entity;

import io.newsflow.enrich.entity.tagger.BundledFeatures;
import io.newsflow.enrich.entity.tagger.DocumentContext;
import io.newsflow.enrich.entity.tagger.FeatureGroup;
import io.newsflow.enrich.entity.tagger.Features;
import io.newsflow.enrich.entity.tagger.ReferenceDecoder;
import io.newsflow.enrich.entity.tagger.SequenceTagger;
import io.newsflow.enrich.entity.tagger.TaggerModel;
import io.newsflow.enrich.entity.tagger.Tags;
import io.newsflow.train.DataRoot;
import io.newsflow.train.Shipped;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Trains the entity tagger on CoNLL-2003 and writes the model. Deterministic: a fixed seed shuffles
 * the documents each epoch, and nothing else is random, so the defaults rebuild the committed
 * {@code tagger.bin} byte for byte ({@code train/retrain tagger}).
 *
 * <p>{@code --without GROUP[,GROUP]} drops feature groups (for ablations); {@code --valid FILE} is
 * only scored after each epoch, never trained on.
 */
@Command(
    name = "tagger",
    mixinStandardHelpOptions = true,
    description = "Trains the entity tagger on CoNLL-2003 train and writes tagger.bin.")
public final class TrainTagger implements Callable<Integer> {
  public static final int DEFAULT_EPOCHS = 12;
  public static final long DEFAULT_SEED = 42;

  @Mixin private DataRoot shared;

  @Option(
      names = "--train",
      paramLabel = "FILE",
      description = "the training split (default: data/conll2003/train.txt in the data folder)")
  private Path train;

  @Option(names = "--valid", paramLabel = "FILE", description = "a split to score after each epoch")
  private Path valid;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "where to write the model (default: ${DEFAULT-VALUE})")
  private Path out = Shipped.TAGGER;

  @Option(
      names = "--epochs",
      description = "passes over the training split (default: ${DEFAULT-VALUE})")
  private int epochs = DEFAULT_EPOCHS;

  @Option(names = "--seed", description = "the shuffling seed (default: ${DEFAULT-VALUE})")
  private long seed = DEFAULT_SEED;

  @Option(
      names = "--without",
      split = ",",
      paramLabel = "GROUP",
      description = "feature groups to leave out: ${COMPLETION-CANDIDATES}")
  private Set<FeatureGroup> without = EnumSet.noneOf(FeatureGroup.class);

  @Override
  public Integer call() throws IOException {
    Set<FeatureGroup> groups = EnumSet.allOf(FeatureGroup.class);
    groups.removeAll(without);
    Path trainFile = train != null ? train : shared.require("data/conll2003/train.txt");
    TaggerModel model =
        train(
            ConllCorpus.read(trainFile),
            valid == null ? null : ConllCorpus.read(valid),
            groups,
            epochs,
            seed);
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    try (OutputStream o = Files.newOutputStream(out)) {
      model.write(o);
    }
    System.out.printf(
        "wrote %s (%d features, %,d bytes)%n", out, model.featureCount(), Files.size(out));
    return 0;
  }

  public static TaggerModel train(
      List<ConllCorpus.Document> train,
      List<ConllCorpus.Document> valid,
      Set<FeatureGroup> groups,
      int epochs,
      long seed) {
    Features features = BundledFeatures.of(groups);
    ReferenceDecoder decoder = new ReferenceDecoder(features);
    // static features never change: compute them once
    List<Prepared> prepared = new ArrayList<>();
    for (ConllCorpus.Document doc : train) {
      DocumentContext context = features.context(doc.words());
      long[][][] statics = new long[doc.words().size()][][];
      int[][] gold = new int[doc.words().size()][];
      for (int s = 0; s < statics.length; s++) {
        statics[s] = features.staticFeatures(doc.words().get(s), context);
        gold[s] = Tags.fromIob(doc.tags().get(s));
      }
      prepared.add(new Prepared(doc, context, statics, gold));
    }
    AveragedPerceptron perceptron = new AveragedPerceptron();
    Random random = new Random(seed);
    List<Prepared> order = new ArrayList<>(prepared);
    for (int epoch = 1; epoch <= epochs; epoch++) {
      long start = System.nanoTime();
      Collections.shuffle(order, random);
      int tokens = 0;
      int errors = 0;
      for (Prepared p : order) {
        int[][] predicted =
            decoder.decode(p.doc.words(), p.context, p.statics, perceptron, p.gold, perceptron);
        for (int s = 0; s < predicted.length; s++) {
          for (int i = 0; i < predicted[s].length; i++) {
            tokens++;
            errors += predicted[s][i] != p.gold[s][i] ? 1 : 0;
          }
        }
      }
      String score = "";
      if (valid != null) {
        score =
            "; valid "
                + evaluate(SequenceTagger.withBundledResources(perceptron.averaged(groups)), valid);
      }
      System.out.printf(
          "epoch %d: train token accuracy %.4f, %d features, %.1fs%s%n",
          epoch,
          1 - (double) errors / tokens,
          perceptron.featureCount(),
          (System.nanoTime() - start) / 1e9,
          score);
    }
    return perceptron.averaged(groups);
  }

  public static SpanScore evaluate(SequenceTagger tagger, List<ConllCorpus.Document> documents) {
    SpanScore score = new SpanScore();
    for (ConllCorpus.Document doc : documents) {
      String[][] predicted = tagger.tag(doc.words());
      for (int s = 0; s < predicted.length; s++) {
        score.add(doc.tags().get(s).toArray(String[]::new), predicted[s]);
      }
    }
    return score;
  }

  private record Prepared(
      ConllCorpus.Document doc, DocumentContext context, long[][][] statics, int[][] gold) {}
}
