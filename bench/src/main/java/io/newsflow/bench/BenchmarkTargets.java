package io.newsflow.bench;

import io.newsflow.enrich.text.Sentences;
import io.newsflow.enrich.text.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mentions the target sentiment benchmarks score, grouped by sentence: NewsMTSC's targets from
 * {@code ../shared} (read at run time, never copied into the project; {@code
 * -Dnewsflow.bench.targets=PATH} picks another file of its columns); without that file, every
 * capitalised word after a sentence's first of the bundled articles.
 */
final class BenchmarkTargets {
  private static final String DEFAULT_TARGETS =
      "../shared/data/sentiment/newsmtsc/newsmtsc-train-mt.tsv";

  private BenchmarkTargets() {}

  /** A mention at {@code text[start, end)} (UTF-16 offsets). */
  record Target(String text, int start, int end) {}

  /** The mentions, those of one sentence together, and where they came from (for the log). */
  record Corpus(List<List<Target>> bySentence, String source) {
    int mentions() {
      return bySentence.stream().mapToInt(List::size).sum();
    }
  }

  static Corpus load() throws IOException {
    Path file = Path.of(System.getProperty("newsflow.bench.targets", DEFAULT_TARGETS));
    boolean found = Files.isRegularFile(file);
    List<Target> targets = found ? newsMtsc(file) : bundled();
    Map<String, List<Target>> grouped = new LinkedHashMap<>();
    for (Target t : targets) {
      grouped.computeIfAbsent(t.text(), k -> new ArrayList<>()).add(t);
    }
    return new Corpus(List.copyOf(grouped.values()), found ? file.toString() : "bundled articles");
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

  private static List<Target> bundled() throws IOException {
    String all = BenchmarkText.bundledText();
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
  }
}
