package io.newsflow.bench;

import io.newsflow.train.entity.ConllCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents the benchmarks read, as plain text (one string per article). By default the first
 * {@value #SENTENCES} sentences of CoNLL-2003 valid (Reuters news, read from {@code ../shared},
 * never copied into the project), each document's sentences joined by spaces so that sentence
 * splitting and tokenising do real work. Without that file (a user's clone), a few short articles
 * written for this project and bundled with the benchmarks. {@code -Dnewsflow.bench.conll=PATH}
 * picks another CoNLL file.
 */
final class BenchmarkText {
  static final int SENTENCES = 2000;
  private static final String DEFAULT_CONLL = "../shared/data/conll2003/valid.txt";
  private static final String BUNDLED = "/io/newsflow/bench/articles.txt";

  private BenchmarkText() {}

  /** The documents, and where they came from (for the log). */
  record Corpus(List<String> documents, String source) {}

  static Corpus load() {
    Path conll = Path.of(System.getProperty("newsflow.bench.conll", DEFAULT_CONLL));
    try {
      if (Files.isRegularFile(conll)) {
        return new Corpus(fromConll(conll), conll + " (first " + SENTENCES + " sentences)");
      }
      return new Corpus(bundled(), "bundled articles (" + conll + " not found)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> fromConll(Path file) throws IOException {
    List<String> documents = new ArrayList<>();
    int sentences = 0;
    for (ConllCorpus.Document doc : ConllCorpus.read(file)) {
      StringBuilder text = new StringBuilder();
      for (String[] words : doc.words()) {
        if (sentences++ == SENTENCES) {
          break;
        }
        if (text.length() > 0) {
          text.append(words.length > 0 && isHeadline(words) ? '\n' : ' ');
        }
        text.append(String.join(" ", words));
        if (isHeadline(words)) {
          text.append('\n');
        }
      }
      if (text.length() > 0) {
        documents.add(text.toString());
      }
      if (sentences > SENTENCES) {
        break;
      }
    }
    return documents;
  }

  /**
   * CoNLL headlines and datelines have no final stop: give them their own line, as a feed would.
   */
  private static boolean isHeadline(String[] words) {
    String last = words[words.length - 1];
    return !(last.equals(".") || last.equals("?") || last.equals("!") || last.equals("\""));
  }

  /** Articles separated by blank lines. */
  private static List<String> bundled() throws IOException {
    List<String> documents = new ArrayList<>();
    for (String article : bundledText().split("\n\\s*\n")) {
      if (!article.isBlank()) {
        documents.add(article.strip());
      }
    }
    return documents;
  }

  /** The bundled articles' text, as one string. */
  static String bundledText() throws IOException {
    try (InputStream in = BenchmarkText.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IOException(BUNDLED + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
