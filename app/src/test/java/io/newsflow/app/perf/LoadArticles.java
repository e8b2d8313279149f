package io.newsflow.app.perf;

import io.newsflow.common.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Distinct articles of news-like text for a load run: sentences of the bundled demo samples and the
 * shared wire sample, drawn with a fixed seed, so every run sends the same articles and no two of
 * them fingerprint alike (each carries its number).
 */
final class LoadArticles {
  private static final String SAMPLES = "src/main/resources/io/newsflow/app/demo/samples";
  private final List<String> sentences;

  private LoadArticles(List<String> sentences) {
    this.sentences = sentences;
  }

  static LoadArticles fromSamples(Path appModule, Path shared) {
    List<String> sentences = new ArrayList<>();
    for (Path file :
        List.of(
            appModule.resolve(SAMPLES).resolve("01-floods-emilia-romagna.txt"),
            shared.resolve("samples/wire-article-nato-ukraine.txt"))) {
      try {
        for (String paragraph : Files.readString(file).split("\n\\s*\n")) {
          for (String sentence : paragraph.split("(?<=[.!?”])\\s+")) {
            if (sentence.length() > 30) {
              sentences.add(sentence.strip());
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new LoadArticles(sentences);
  }

  static String id(int number) {
    return "load-" + number;
  }

  /** Article {@code number} as a JSON line of about 1-2 KB: 6 to 14 sentences. */
  byte[] json(int number) {
    SplittableRandom random = new SplittableRandom(number);
    StringBuilder body = new StringBuilder();
    int count = 6 + random.nextInt(9);
    for (int i = 0; i < count; i++) {
      body.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
    }
    body.append("Report number ").append(number).append('.');
    Map<String, Object> article = new LinkedHashMap<>();
    article.put("id", id(number));
    article.put(
        "headline", sentences.get(random.nextInt(sentences.size())) + " (report " + number + ")");
    article.put("body", body.toString());
    article.put("language", "en");
    return Json.line(article).getBytes(StandardCharsets.UTF_8);
  }
}
