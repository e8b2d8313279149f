package io.newsflow.enrich;

import com.fasterxml.jackson.databind.ObjectReader;
import io.newsflow.common.article.Article;
import io.newsflow.common.article.ArticleSentiment;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Entity;
import io.newsflow.common.concurrent.Background;
import io.newsflow.common.json.Json;
import io.newsflow.common.kafka.ProcessingResult;
import io.newsflow.common.text.ArticleCleaner;
import io.newsflow.enrich.entity.EntityRecognizer;
import io.newsflow.enrich.entity.TrainedEntityRecognizer;
import io.newsflow.enrich.language.LanguageDetector;
import io.newsflow.enrich.sentiment.NewsSentimentAnalyzer;
import io.newsflow.enrich.sentiment.SentimentAnalyzer;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The enrichment of one raw record, step by step: parse, validate, clean, detect the language,
 * recognise entities, score sentiment. Each step that fails names itself as the stage of the dead
 * letter, so an operator knows where to look. Stateless and thread-safe.
 */
public final class ArticleEnricher {
  public static final String PARSE = "parse";
  public static final String VALIDATE = "validate";
  public static final String CLEAN = "clean";
  public static final String LANGUAGE = "language";
  public static final String ENTITIES = "entities";
  public static final String SENTIMENT = "sentiment";

  /** The stage of an article that ran past its budget: no one step is to blame. */
  public static final String ENRICH = "enrich";

  /** The start of the reason of an article over its budget, and its metric label. */
  public static final String OVER_BUDGET = "over the processing budget";

  /**
   * One article's time, by default: far beyond a wire story's (milliseconds), far below Kafka's
   * {@code max.poll.interval.ms} (5 minutes), so a pathological one cannot stall its partition.
   */
  public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(5);

  /** The languages the entity and sentiment models were trained for. */
  private static final String MODEL_LANGUAGE = "en";

  private static final ObjectReader ARTICLE = Json.reader(Article.class);

  private final EntityRecognizer entities;
  private final SentimentAnalyzer sentiment;
  private final LanguageDetector languages;
  private final ArticleCleaner cleaner;
  private final Clock clock;
  private final Duration budget;

  /** The enricher with the trained models that ship in the jar, loaded once. */
  public static ArticleEnricher withModels(Clock clock) {
    // the two models are independent and each takes a second or more to load on a cold JVM
    Background<NewsSentimentAnalyzer> sentiment = Background.start(NewsSentimentAnalyzer::load);
    TrainedEntityRecognizer entities = TrainedEntityRecognizer.load();
    return new ArticleEnricher(entities, sentiment.get(), new LanguageDetector(), clock);
  }

  public ArticleEnricher(
      EntityRecognizer entities,
      SentimentAnalyzer sentiment,
      LanguageDetector languages,
      Clock clock) {
    this(entities, sentiment, languages, clock, DEFAULT_BUDGET);
  }

  private ArticleEnricher(
      EntityRecognizer entities,
      SentimentAnalyzer sentiment,
      LanguageDetector languages,
      Clock clock,
      Duration budget) {
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("the processing budget must be positive, not " + budget);
    }
    this.entities = entities;
    this.sentiment = sentiment;
    this.languages = languages;
    this.cleaner = new ArticleCleaner();
    this.clock = clock;
    this.budget = budget;
  }

  /**
   * The same enricher with another time budget per article: one that takes longer (measured between
   * steps; a step is not interrupted) is dead-lettered with stage {@value #ENRICH} and a reason
   * starting {@value #OVER_BUDGET}, instead of holding up the rest of its partition.
   */
  public ArticleEnricher withBudget(Duration newBudget) {
    return new ArticleEnricher(entities, sentiment, languages, clock, newBudget);
  }

  public Duration budget() {
    return budget;
  }

  /**
   * Reads, cleans and enriches one raw record: {@link #read(byte[])}, then {@link
   * #enrich(Cleaned)}.
   */
  public ProcessingResult<EnrichedArticle> enrich(byte[] raw) {
    return enrich(read(raw));
  }

  /**
   * Enriches an article already read (the offline {@code tag} command); failures carry no bytes.
   */
  public ProcessingResult<EnrichedArticle> enrich(Article article) {
    return enrich(read(article, null));
  }

  private ProcessingResult<EnrichedArticle> enrich(ProcessingResult<Cleaned> read) {
    if (read instanceof ProcessingResult.Success<Cleaned> cleaned) {
      return enrich(cleaned.value());
    }
    return ((ProcessingResult.Failure<Cleaned>) read).retyped();
  }

  /**
   * The cheap first steps, parse, clean and validate, on their own: the topology runs them before
   * it repartitions by content, so that the expensive steps run once per story and after the
   * duplicate check.
   */
  public ProcessingResult<Cleaned> read(byte[] raw) {
    if (raw == null) {
      return ProcessingResult.failure(null, PARSE, "empty record: no value");
    }
    Article article;
    try {
      article = ARTICLE.readValue(raw);
    } catch (IOException e) {
      return ProcessingResult.failure(
          raw, PARSE, "not an article in JSON: " + oneLine(e.getMessage()));
    }
    if (article == null) {
      return ProcessingResult.failure(raw, PARSE, "not an article in JSON: null");
    }
    return read(article, raw);
  }

  private ProcessingResult<Cleaned> read(Article article, byte[] raw) {
    String headline;
    String body;
    try {
      // ingest cleans too, but the raw topic is open to any producer: enrich makes sure
      headline = cleaner.cleanHeadline(article.headline());
      body = cleaner.cleanBody(article.body());
    } catch (RuntimeException e) {
      return failure(raw, CLEAN, e);
    }
    if (headline.isEmpty() && body.isEmpty()) {
      return ProcessingResult.failure(raw, VALIDATE, "no headline and no body");
    }
    if (article.id() == null || article.id().isBlank()) {
      return ProcessingResult.failure(raw, VALIDATE, "no id");
    }
    return ProcessingResult.success(new Cleaned(article, headline, body, raw, null));
  }

  /**
   * The expensive steps: language, entities, sentiment, within the budget, which counts from here
   * (reading and cleaning take microseconds).
   */
  public ProcessingResult<EnrichedArticle> enrich(Cleaned cleaned) {
    long start = System.nanoTime();
    byte[] raw = cleaned.raw();
    String headline = cleaned.headline();
    String body = cleaned.body();
    Article article = cleaned.article();
    String language;
    try {
      language = languages.detect(article.language(), headline + "\n" + body);
    } catch (RuntimeException e) {
      return failure(raw, LANGUAGE, e);
    }
    if (overBudget(start)) {
      return overBudget(raw, start, LANGUAGE);
    }
    List<Entity> found = List.of();
    ArticleSentiment tone = ArticleSentiment.of(0.0, List.of());
    if (MODEL_LANGUAGE.equals(language) || LanguageDetector.UNDETERMINED.equals(language)) {
      try {
        found = entities.recognize(headline, body);
      } catch (RuntimeException e) {
        return failure(raw, ENTITIES, e);
      }
      if (overBudget(start)) {
        return overBudget(raw, start, ENTITIES);
      }
      try {
        SentimentAnalyzer.Result result = sentiment.analyze(headline, body, found);
        tone = result.article();
        found = result.entities();
      } catch (RuntimeException e) {
        return failure(raw, SENTIMENT, e);
      }
      if (overBudget(start)) {
        return overBudget(raw, start, SENTIMENT);
      }
    }
    return ProcessingResult.success(
        new EnrichedArticle(
            EnrichedArticle.SCHEMA,
            article.id(),
            article.source(),
            article.url(),
            headline,
            body,
            language,
            article.published(),
            article.received(),
            clock.instant(),
            found,
            tone,
            cleaned.duplicateOf()));
  }

  private boolean overBudget(long start) {
    return System.nanoTime() - start > budget.toNanos();
  }

  /** "over the processing budget: 7.31 s > 5 s, after the entities step" */
  private ProcessingResult<EnrichedArticle> overBudget(byte[] raw, long start, String lastStep) {
    double took = (System.nanoTime() - start) / 1e9;
    String limit =
        budget.toMillis() % 1000 == 0 ? budget.toSeconds() + " s" : budget.toMillis() + " ms";
    return ProcessingResult.failure(
        raw,
        ENRICH,
        String.format(
            Locale.ROOT, "%s: %.3f s > %s, after the %s step", OVER_BUDGET, took, limit, lastStep));
  }

  private static <V> ProcessingResult<V> failure(byte[] raw, String stage, RuntimeException e) {
    return ProcessingResult.failure(
        raw, stage, e.getClass().getSimpleName() + ": " + oneLine(e.getMessage()));
  }

  private static String oneLine(String message) {
    if (message == null) {
      return "";
    }
    String line = message.replaceAll("\\s+", " ").strip();
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}
