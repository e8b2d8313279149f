package io.newsflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * {@link CompareBuilds} for the whole enricher: {@code java -Xmx768m -cp
 * bench/target/benchmarks.jar io.newsflow.bench.CompareEnrichBuilds ROUNDS CLASSPATH_A CLASSPATH_B
 * [ARTICLE.txt]}, each class path holding a build's enrich and common and their libraries. Each
 * round enriches every article of {@link BenchmarkText}, or ten times the one of the file
 * (headline: its first line), from its JSON with each build's {@code ArticleEnricher.withModels},
 * in A-B then B-A order, timed by the thread's CPU time; printed as by {@link CompareBuilds}, in
 * articles per CPU second.
 */
public final class CompareEnrichBuilds {
  private CompareEnrichBuilds() {}

  public static void main(String[] args) throws Exception {
    BenchmarkText.Corpus corpus =
        args.length > 3
            ? new BenchmarkText.Corpus(
                Collections.nCopies(10, Files.readString(Path.of(args[3]))), args[3] + " x10")
            : BenchmarkText.load();
    ObjectMapper json = new ObjectMapper();
    List<byte[]> articles = new ArrayList<>();
    for (String document : corpus.documents()) {
      int line = document.indexOf('\n');
      String headline = line < 0 ? document : document.substring(0, line);
      String body = line < 0 ? "" : document.substring(line + 1);
      articles.add(
          json.writeValueAsString(
                  Map.of("id", "a" + articles.size(), "headline", headline, "body", body))
              .getBytes(StandardCharsets.UTF_8));
    }
    System.out.printf("%d articles from %s%n", articles.size(), corpus.source());
    int rounds = Integer.parseInt(args[0]);
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    Object[] enrichers = new Object[2];
    Method[] enrich = new Method[2];
    for (int b = 0; b < 2; b++) {
      Class<?> type =
          CompareBuilds.loader(args[1 + b]).loadClass("io.newsflow.enrich.ArticleEnricher");
      enrichers[b] = type.getMethod("withModels", Clock.class).invoke(null, clock);
      enrich[b] = type.getMethod("enrich", byte[].class);
    }
    CompareBuilds.compare(
        rounds,
        articles.size(),
        "articles",
        b -> {
          for (byte[] article : articles) {
            enrich[b].invoke(enrichers[b], (Object) article);
          }
        });
  }
}
