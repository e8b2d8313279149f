package io.newsflow.train.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-2003 column files into documents of sentences, words and their gold (last column)
 * tags.
 */
public final class ConllCorpus {
  /** One -DOCSTART- document. */
  public record Document(List<String[]> words, List<List<String>> tags) {
    public int tokenCount() {
      return words.stream().mapToInt(w -> w.length).sum();
    }
  }

  private ConllCorpus() {}

  public static List<Document> read(Path file) throws IOException {
    List<Document> documents = new ArrayList<>();
    List<String[]> words = new ArrayList<>();
    List<List<String>> tags = new ArrayList<>();
    List<String> sentenceWords = new ArrayList<>();
    List<String> sentenceTags = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        String[] cols = line.trim().split("\\s+");
        if (line.isBlank() || cols[0].equals("-DOCSTART-")) {
          if (!sentenceWords.isEmpty()) {
            words.add(sentenceWords.toArray(String[]::new));
            tags.add(List.copyOf(sentenceTags));
            sentenceWords.clear();
            sentenceTags.clear();
          }
          if (cols[0].equals("-DOCSTART-") && !words.isEmpty()) {
            documents.add(new Document(List.copyOf(words), List.copyOf(tags)));
            words.clear();
            tags.clear();
          }
          continue;
        }
        sentenceWords.add(cols[0]);
        sentenceTags.add(cols[cols.length - 1]);
      }
    }
    if (!sentenceWords.isEmpty()) {
      words.add(sentenceWords.toArray(String[]::new));
      tags.add(List.copyOf(sentenceTags));
    }
    if (!words.isEmpty()) {
      documents.add(new Document(List.copyOf(words), List.copyOf(tags)));
    }
    return documents;
  }
}
