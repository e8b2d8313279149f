package io.newsflow.train.sentiment;

import io.newsflow.enrich.sentiment.VaderLexicon;
import io.newsflow.enrich.sentiment.VaderSentenceScorer;
import io.newsflow.train.MissingData;
import io.newsflow.train.Shipped;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Build-time tool: extends VADER's 7,500 words to the rest of WordNet 3.0's vocabulary, for the
 * news vocabulary VADER lacks ("homeless", "sacrifice", "mug", "thrive", "priceless").
 *
 * <p>A synset's valence comes from what VADER makes of its definition (its compound x 3) and the
 * mean valence of its synonyms VADER knows (weighted double); a word's valence is the mean over its
 * senses, weighted 1/rank by WordNet's frequency order. Irregular forms of {@code *.exc} ("stole"
 * -&gt; "steal") take their base word's valence. Only words VADER lacks are written.
 *
 * <pre>
 * apt-get install wordnet-base
 * train/retrain wordnet-valences [--wordnet /usr/share/wordnet] [--out FILE]
 * </pre>
 */
@Command(
    name = "wordnet-valences",
    mixinStandardHelpOptions = true,
    description =
        "Writes wordnet-valence.tsv from WordNet 3.0 (Debian wordnet-base) and VADER's lexicon.")
public final class BuildWordNetLexicon implements Callable<Integer> {
  private static final String[] POS = {"noun", "verb", "adj", "adv"};

  @Option(
      names = "--wordnet",
      paramLabel = "DIR",
      description = "WordNet's dict folder (default: ${DEFAULT-VALUE})")
  private Path wordnet = Path.of("/usr/share/wordnet");

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "where to write the list (default: ${DEFAULT-VALUE})")
  private Path out = Shipped.WORDNET_VALENCES;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(wordnet)) {
      throw new MissingData(
          wordnet + " is missing: apt-get install wordnet-base, or give --wordnet DIR");
    }
    VaderLexicon lexicon = VaderLexicon.load();
    VaderSentenceScorer vader = new VaderSentenceScorer(lexicon);

    Map<String, Double> synsetValence = new HashMap<>();
    // Names ("Iran", "Brussels") are not sentiment, whatever their gloss says: skip those senses.
    java.util.Set<String> names = new java.util.HashSet<>();
    for (String pos : POS) {
      for (String line :
          Files.readAllLines(wordnet.resolve("data." + pos), StandardCharsets.UTF_8)) {
        if (line.startsWith(" ")) {
          continue; // licence header
        }
        int bar = line.indexOf(" | ");
        String[] f = line.substring(0, bar).split(" ");
        int words = Integer.parseInt(f[3], 16);
        double synonyms = 0;
        int known = 0;
        for (int w = 0; w < words; w++) {
          String form = f[4 + 2 * w];
          String word = form.toLowerCase(Locale.ROOT);
          if (!form.equals(word)) {
            names.add(pos + f[0] + " " + word);
          }
          if (lexicon.contains(word)) {
            synonyms += lexicon.valence(word);
            known++;
          }
        }
        String gloss = line.substring(bar + 3);
        int example = gloss.indexOf("; \"");
        String definition = example < 0 ? gloss.strip() : gloss.substring(0, example);
        double defined = vader.score(definition) * 3;
        double valence = known == 0 ? defined : (2 * synonyms / known + defined) / 3;
        synsetValence.put(pos + f[0], valence);
      }
    }

    Map<String, double[]> words = new HashMap<>(); // word -> {weighted sum, weights}
    for (String pos : POS) {
      for (String line :
          Files.readAllLines(wordnet.resolve("index." + pos), StandardCharsets.UTF_8)) {
        if (line.startsWith(" ")) {
          continue;
        }
        String[] f = line.strip().split(" ");
        String word = f[0];
        int senses = Integer.parseInt(f[2]);
        double[] acc = words.computeIfAbsent(word, w -> new double[2]);
        for (int s = 0; s < senses; s++) {
          String synset = pos + f[f.length - senses + s];
          if (names.contains(synset + " " + word)) {
            continue;
          }
          double weight = 1.0 / (s + 1);
          acc[0] += weight * synsetValence.getOrDefault(synset, 0.0);
          acc[1] += weight;
        }
      }
    }
    Map<String, Double> valences = new TreeMap<>();
    for (Map.Entry<String, double[]> e : words.entrySet()) {
      String word = e.getKey();
      if (e.getValue()[1] == 0) {
        continue; // only names
      }
      double v = e.getValue()[0] / e.getValue()[1];
      if (word.matches("[a-z][a-z-]+") && !lexicon.contains(word) && Math.abs(v) >= 0.1) {
        valences.put(word, v);
      }
    }
    List<String> irregular = new ArrayList<>();
    for (String pos : POS) {
      for (String line :
          Files.readAllLines(wordnet.resolve(pos + ".exc"), StandardCharsets.UTF_8)) {
        String[] f = line.split(" ");
        if (f.length < 2 || lexicon.contains(f[0]) || valences.containsKey(f[0])) {
          continue;
        }
        double v =
            lexicon.contains(f[1]) ? lexicon.valence(f[1]) : valences.getOrDefault(f[1], 0.0);
        if (Math.abs(v) >= 0.1 && f[0].matches("[a-z][a-z-]+")) {
          irregular.add(f[0] + "\t" + String.format(Locale.ROOT, "%.2f", v));
        }
      }
    }
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      w.println(
          "# Valences (-4..4) derived from WordNet 3.0 glosses and synonyms with VADER's lexicon,");
      w.println("# for words VADER lacks. Made by train/retrain wordnet-valences.");
      w.println("# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. See");
      w.println("# WORDNET-LICENSE.txt beside this file.");
      for (Map.Entry<String, Double> e : valences.entrySet()) {
        w.printf(Locale.ROOT, "%s\t%.2f%n", e.getKey(), e.getValue());
      }
      irregular.stream().sorted().distinct().forEach(w::println);
    }
    System.out.printf(
        "wrote %s: %d words, %d irregular forms%n", out, valences.size(), irregular.size());
    return 0;
  }
}
