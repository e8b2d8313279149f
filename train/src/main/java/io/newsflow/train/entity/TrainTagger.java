package io.newsflow.train.entity;

import io.newsflow.enrich.entity.gazetteer.BundledFeatures;
import io.newsflow.enrich.entity.tagger.AveragedPerceptron;
import io.newsflow.enrich.entity.tagger.ConllCorpus;
import io.newsflow.enrich.entity.tagger.DocumentDecoder;
import io.newsflow.enrich.entity.tagger.FeatureGroup;
import io.newsflow.enrich.entity.tagger.Features;
import io.newsflow.enrich.entity.tagger.SequenceTagger;
import io.newsflow.enrich.entity.tagger.SpanScore;
import io.newsflow.enrich.entity.tagger.TaggerModel;
import io.newsflow.enrich.entity.tagger.Tags;
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

/**
 * Trains the entity tagger on CoNLL-2003 and writes the model. Deterministic: a fixed seed shuffles
 * the documents each epoch, and nothing else is random.
 *
 * <pre>
 * java -cp enrich/target/classes io.newsflow.enrich.entity.train.TrainTagger \
 *   --train ../shared/data/conll2003/train.txt --valid ../shared/data/conll2003/valid.txt \
 *   --epochs 8 --out enrich/src/main/resources/io/newsflow/enrich/entity/tagger.bin
 * </pre>
 *
 * {@code --without GROUP[,GROUP]} drops feature groups (for ablations); the valid split is only
 * scored, never trained on.
 */
public final class TrainTagger {
  public static final int DEFAULT_EPOCHS = 12;
  public static final long DEFAULT_SEED = 42;

  private TrainTagger() {}

  public static void main(String[] args) throws IOException {
    Path train = null;
    Path valid = null;
    Path out = null;
    int epochs = DEFAULT_EPOCHS;
    long seed = DEFAULT_SEED;
    Set<FeatureGroup> groups = EnumSet.allOf(FeatureGroup.class);
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--train" -> train = Path.of(args[++i]);
        case "--valid" -> valid = Path.of(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--epochs" -> epochs = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--without" -> {
          for (String g : args[++i].split(",")) {
            groups.remove(FeatureGroup.valueOf(g.trim().toUpperCase()));
          }
        }
        default -> {
          System.err.println("usage: TrainTagger --train FILE [--valid FILE] [--out FILE] "
              + "[--epochs N] [--seed N] [--without GROUP,...]");
          System.exit(2);
        }
      }
    }
    if (train == null) {
      System.err.println("--train FILE is required");
      System.exit(2);
    }
    TaggerModel model = train(ConllCorpus.read(train), valid == null ? null : ConllCorpus.read(valid),
        groups, epochs, seed);
    if (out != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
      try (OutputStream o = Files.newOutputStream(out)) {
        model.write(o);
      }
      System.out.printf("wrote %s (%d features, %,d bytes)%n", out, model.featureCount(), Files.size(out));
    }
  }

  public static TaggerModel train(
      List<ConllCorpus.Document> train, List<ConllCorpus.Document> valid,
      Set<FeatureGroup> groups, int epochs, long seed) {
    Features features = BundledFeatures.of(groups);
    DocumentDecoder decoder = new DocumentDecoder(features);
    // static features never change: compute them once
    List<Prepared> prepared = new ArrayList<>();
    for (ConllCorpus.Document doc : train) {
      Features.DocumentContext context = features.context(doc.words());
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
        int[][] predicted = decoder.decode(p.doc.words(), p.context, p.statics, perceptron, p.gold, perceptron);
        for (int s = 0; s < predicted.length; s++) {
          for (int i = 0; i < predicted[s].length; i++) {
            tokens++;
            errors += predicted[s][i] != p.gold[s][i] ? 1 : 0;
          }
        }
      }
      String score = "";
      if (valid != null) {
        score = evaluate(SequenceTagger.withBundledResources(perceptron.averaged(groups)), valid).toString();
      }
      System.out.printf("epoch %d: train token accuracy %.4f, %d features, %.1fs; valid %s%n",
          epoch, 1 - (double) errors / tokens, perceptron.featureCount(),
          (System.nanoTime() - start) / 1e9, score);
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
      ConllCorpus.Document doc, Features.DocumentContext context, long[][][] statics, int[][] gold) {}
}
