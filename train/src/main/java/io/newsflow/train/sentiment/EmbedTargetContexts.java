package io.newsflow.train.sentiment;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import io.newsflow.train.DataRoot;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A study, not a model that ships: how far the only transformer at hand (all-MiniLM-L6-v2, a
 * sentence-embedding model) reads the sentiment toward a mention when it is run on every mention,
 * which enrich could never afford. For each NewsMTSC row it writes four embeddings of 384 floats
 * (big-endian): the sentence, the six words either side of the mention with the mention, the
 * sentence up to the mention's end, and from the mention's start. {@code
 * train/scripts/target_embedding_probe.py} fits and scores a classifier over them.
 *
 * <pre>
 * train/retrain run io.newsflow.train.sentiment.EmbedTargetContexts OUT_PREFIX
 * </pre>
 *
 * writes {@code OUT_PREFIX.f32} and {@code OUT_PREFIX.tsv} (split, article, label of each row).
 */
final class EmbedTargetContexts {
  private static final int WINDOW = 6;

  private EmbedTargetContexts() {}

  public static void main(String[] args) throws IOException {
    Path data = new DataRoot().require("data/sentiment/newsmtsc/newsmtsc-train-mt.tsv");
    AllMiniLmL6V2EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();
    List<String> lines = Files.readAllLines(data, StandardCharsets.UTF_8);
    try (DataOutputStream vectors =
            new DataOutputStream(
                new BufferedOutputStream(
                    Files.newOutputStream(Path.of(args[0] + ".f32")), 1 << 16));
        PrintWriter rows =
            new PrintWriter(
                Files.newBufferedWriter(Path.of(args[0] + ".tsv"), StandardCharsets.UTF_8))) {
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split("\t", -1);
        String text = f[2];
        int start = text.offsetByCodePoints(0, Integer.parseInt(f[4]));
        int end = text.offsetByCodePoints(0, Integer.parseInt(f[5]));
        for (String part :
            List.of(
                text, window(text, start, end), text.substring(0, end), text.substring(start))) {
          for (float v : model.embed(part).content().vector()) {
            vectors.writeFloat(v);
          }
        }
        rows.println(f[1] + "\t" + TargetExamples.article(f[0]) + "\t" + f[6]);
      }
    }
  }

  /** The mention with up to {@link #WINDOW} words either side of it. */
  static String window(String text, int start, int end) {
    int from = start;
    for (int words = 0; from > 0 && words <= WINDOW; ) {
      from--;
      if (text.charAt(from) == ' ') {
        words++;
      }
    }
    int to = end;
    for (int words = 0; to < text.length() && words <= WINDOW; to++) {
      if (text.charAt(to) == ' ') {
        words++;
      }
    }
    return text.substring(from, to).strip();
  }
}
