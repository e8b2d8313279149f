package io.newsflow.train.entity;

import io.newsflow.enrich.entity.ConllTagging;
import io.newsflow.enrich.entity.tagger.SequenceTagger;
import io.newsflow.enrich.entity.tagger.TaggerModel;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tags CoNLL column text with a candidate model before it is committed ({@code ./newsflow tag
 * --format conll} tags with the committed one): {@code train/retrain run
 * io.newsflow.train.entity.TagConll [--model FILE] < in.conll > out.conll}, then score with {@code
 * python3 ../shared/tools/conll_score.py out.conll}. Prints the load time and the tagging speed to
 * stderr.
 */
public final class TagConll {
  private TagConll() {}

  public static void main(String[] args) throws IOException {
    long start = System.nanoTime();
    SequenceTagger tagger;
    if (args.length == 2 && args[0].equals("--model")) {
      try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
        tagger = SequenceTagger.withBundledResources(TaggerModel.read(in));
      }
    } else {
      tagger = SequenceTagger.load();
    }
    long loaded = System.nanoTime();
    BufferedWriter out =
        new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    new ConllTagging(tagger)
        .tag(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out);
    System.err.printf(
        "model loaded in %.2fs, tagged in %.2fs%n",
        (loaded - start) / 1e9, (System.nanoTime() - loaded) / 1e9);
  }
}
