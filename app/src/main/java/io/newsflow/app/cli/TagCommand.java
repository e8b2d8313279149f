package io.newsflow.app.cli;

import io.newsflow.common.article.Article;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.json.Json;
import io.newsflow.common.kafka.ProcessingResult;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.entity.ConllTagging;
import io.newsflow.ingest.format.ArticleReader;
import io.newsflow.ingest.format.ReadResult;
import io.newsflow.ingest.format.Rejection;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow tag}: offline enrichment, no Kafka. */
@Command(
    name = "tag",
    description = {
      "Offline enrichment, no Kafka.",
      "json (default): reads articles (one a file, or JSON lines on stdin) and prints one"
          + " enriched article a line.",
      "conll: reads CoNLL-2003 column text and prints every line with the predicted IOB2 tag"
          + " (PER, ORG, LOC, MISC or O) appended as a last column."
    })
public final class TagCommand implements Callable<Integer> {
  /** The input and output formats. */
  public enum Format {
    json,
    conll
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "json",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  private Format format;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "the input (default: stdin)")
  private List<Path> files = new ArrayList<>();

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Converters.ReadableFile.checkAll(spec, files);
    PrintWriter out = spec.commandLine().getOut();
    try {
      return format == Format.conll ? conll(out) : json(out);
    } finally {
      out.flush();
    }
  }

  private int conll(PrintWriter out) throws IOException {
    // documents are independent: one a processor, written in their order
    ConllTagging tagging = ConllTagging.load(Runtime.getRuntime().availableProcessors());
    for (Input input : Input.all(files)) {
      try (Reader in = input.reader()) {
        tagging.tag(in, out);
      }
    }
    return 0;
  }

  private int json(PrintWriter out) throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    ArticleEnricher enricher = ArticleEnricher.withModels(Clock.systemUTC());
    ArticleReader reader = new ArticleReader();
    int failures = 0;
    for (Input input : Input.all(files)) {
      ReadResult read = reader.read(input.bytes(), input.name());
      for (Rejection rejection : read.rejections()) {
        err.println(input.name() + ": not an article: " + rejection.message());
        failures++;
      }
      for (Article article : read.articles()) {
        ProcessingResult<EnrichedArticle> result = enricher.enrich(article);
        if (result instanceof ProcessingResult.Success<EnrichedArticle> success) {
          out.println(Json.line(success.value()));
        } else if (result instanceof ProcessingResult.Failure<EnrichedArticle> failure) {
          err.println(
              input.name()
                  + ": "
                  + article.id()
                  + ": "
                  + failure.stage()
                  + ": "
                  + failure.reason());
          failures++;
        }
      }
    }
    err.flush();
    return failures == 0 ? 0 : 1;
  }
}
