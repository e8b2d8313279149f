package io.newsflow.enrich.sentiment;

import io.newsflow.common.article.ArticleSentiment;
import io.newsflow.common.article.ArticleSentiment.SentenceScore;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Mention;
import io.newsflow.enrich.text.Sentences;
import io.newsflow.enrich.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;

/**
 * Scores an article sentence by sentence, overall, and for each entity it names.
 *
 * <ul>
 *   <li>The article's score comes from the weighted mean of its sentences' predictions, the
 *       headline's weighing {@value #HEADLINE_WEIGHT} times a body sentence's (on the rated
 *       editorials, with the current model, weighing the lead sentence like the others gave the
 *       best article-level r and F1; double led with the previous model;
 *       docs/research/2026-11-28-sentiment.md). With {@link NewsSentenceScorer}, the mean is over
 *       <em>uncalibrated</em> predictions (their ridge part, without the band classifier's shift)
 *       and mapped by the model's article calibration ({@code
 *       io.newsflow.train.sentiment.ArticleCalibration}), since the sentence calibration squeezes
 *       averages into the neutral band; any other scorer's scores are averaged as they are.
 *   <li>An entity's score is the mean of its mentions' scores by the {@link TargetScorer}, each
 *       judged in its sentence by the words around it and their relation to it, so "critics
 *       condemned Russia while leaders praised Ukraine" is negative for Russia and positive for
 *       Ukraine. With a sentence scorer alone (no target scorer), it is the sentence scorer over
 *       the clauses that mention it (see {@link Clauses}), on the article scale. An entity without
 *       mentions gets 0.
 * </ul>
 *
 * Thread-safe when its scorer is (all of newsflow's are).
 */
public final class NewsSentimentAnalyzer implements SentimentAnalyzer {
  /**
   * The headline's weight in the mean; body sentences weigh 1. Public: the train module's article
   * study measures the shipped aggregation with it.
   */
  public static final double HEADLINE_WEIGHT =
      1.0; // x2 led before the MiniLM valences (docs/SENTIMENT.md)

  /** A sentence's (or clause's) prediction for its own score, and the one articles average. */
  private interface Predictor {
    double predict(String text, double[] forArticle);
  }

  /**
   * How far either side of a mention its sentence is read: bounds the work per mention when a
   * "sentence" runs to pages (NewsMTSC's sentences, the training data, are far shorter).
   */
  static final int REACH = 400;

  private final Predictor raw;
  private final NewsSentenceScorer news; // null: another scorer, whose predictions targets lack
  private final TargetScorer targets; // null: entities are scored by their clauses
  private final DoubleUnaryOperator sentenceScale;
  private final DoubleUnaryOperator articleScale;

  /**
   * An analyzer over {@code scorer}. A {@link NewsSentenceScorer} brings its article-level
   * calibration; the scores of any other scorer are averaged as they are.
   */
  public NewsSentimentAnalyzer(SentenceScorer scorer) {
    this(scorer, null);
  }

  /**
   * An analyzer whose sentences and article are scored by {@code scorer} and whose entities by
   * {@code targets}, mention by mention (by their clauses and {@code scorer} when null).
   */
  public NewsSentimentAnalyzer(SentenceScorer scorer, TargetScorer targets) {
    this.targets = targets;
    this.news = scorer instanceof NewsSentenceScorer n ? n : null;
    if (news != null) {
      this.raw = news::raw;
      this.sentenceScale = news::calibrateSentence;
      this.articleScale = news::calibrateArticle;
    } else {
      this.raw = (text, forArticle) -> forArticle[0] = scorer.score(text);
      this.sentenceScale = x -> x;
      this.articleScale = x -> x;
    }
  }

  /** The analyzer over newsflow's trained news scorer, loaded from the classpath. */
  public static NewsSentimentAnalyzer load() {
    NewsSentenceScorer sentences = NewsSentenceScorer.load();
    return new NewsSentimentAnalyzer(sentences, TargetScorer.load(sentences));
  }

  @Override
  public Result analyze(String headline, String body, List<Entity> entities) {
    Map<String, String> fields =
        Map.of(
            Mention.HEADLINE,
            headline == null ? "" : headline,
            Mention.BODY,
            body == null ? "" : body);
    List<SentenceScore> sentences = new ArrayList<>();
    List<Double> predictions = new ArrayList<>(); // each sentence's, for its mentions' scores
    double weighted = 0;
    double weights = 0;
    double[] forArticle = new double[1];
    for (String field : List.of(Mention.HEADLINE, Mention.BODY)) {
      String text = fields.get(field);
      for (Span span : Sentences.split(text)) {
        double prediction = raw.predict(span.of(text), forArticle);
        predictions.add(prediction);
        sentences.add(
            new SentenceScore(
                field, span.start(), span.end(), clamp(sentenceScale.applyAsDouble(prediction))));
        double weight = weight(field);
        weighted += weight * forArticle[0];
        weights += weight;
      }
    }
    double score = weights == 0 ? 0 : clamp(articleScale.applyAsDouble(weighted / weights));
    ArticleSentiment article = ArticleSentiment.of(score, sentences);

    List<Entity> scored = new ArrayList<>();
    if (entities != null) {
      Map<Clause, Double> clauseScores = new HashMap<>(); // a clause named twice is scored once
      Map<SentenceScore, List<Span>> clausesOf = new HashMap<>(); // and a sentence cut once
      // a sentence is prepared once for all the mentions in it
      TargetScorer.Sentence[] prepared = new TargetScorer.Sentence[sentences.size()];
      for (Entity e : entities) {
        double sentiment =
            targets != null
                ? mentionSentiment(e, fields, sentences, predictions, prepared)
                : entitySentiment(e, fields, sentences, clauseScores, clausesOf);
        scored.add(withSentiment(e, sentiment));
      }
    }
    return new Result(article, scored);
  }

  /** The mean of the target scores of the entity's mentions, each read in its sentence. */
  private double mentionSentiment(
      Entity entity,
      Map<String, String> fields,
      List<SentenceScore> sentences,
      List<Double> predictions,
      TargetScorer.Sentence[] prepared) {
    Set<Mention> seen = new LinkedHashSet<>(); // a mention listed twice counts once
    double weighted = 0;
    double weights = 0;
    for (Mention m : entity.mentions()) {
      String text = fields.get(m.field());
      if (text == null || m.start() < 0 || m.end() > text.length() || m.start() > m.end()) {
        continue;
      }
      int index = sentenceAt(sentences, m.field(), m.start());
      if (index < 0 || !seen.add(m)) {
        continue;
      }
      SentenceScore s = sentences.get(index);
      int from = Math.max(s.start(), m.start() - REACH);
      int to = Math.max(m.end(), Math.min(s.end(), m.end() + REACH)); // a mention may overrun
      double score;
      if (from == s.start() && to == s.end()) { // the whole sentence: its work is shared
        if (prepared[index] == null) {
          String sentence = text.substring(from, to);
          prepared[index] =
              news == null
                  ? targets.sentence(sentence)
                  : targets.sentence(sentence, news, predictions.get(index));
        }
        score = prepared[index].score(m.start() - from, m.end() - from);
      } else {
        score = targets.score(text.substring(from, to), m.start() - from, m.end() - from);
      }
      weighted += weight(m.field()) * score;
      weights += weight(m.field());
    }
    return weights == 0 ? 0 : clamp(weighted / weights);
  }

  private double entitySentiment(
      Entity entity,
      Map<String, String> fields,
      List<SentenceScore> sentences,
      Map<Clause, Double> clauseScores,
      Map<SentenceScore, List<Span>> clausesOf) {
    Set<Clause> clauses = new LinkedHashSet<>(); // each clause once, however often it names it
    for (Mention m : entity.mentions()) {
      String text = fields.get(m.field());
      if (text == null || m.end() > text.length() || m.start() < 0) {
        continue;
      }
      int index = sentenceAt(sentences, m.field(), m.start());
      if (index >= 0) {
        SentenceScore s = sentences.get(index);
        // cutting the sentence again for every mention was quadratic: "Ukraine, " 100,000 times
        // in one sentence took most of an hour
        List<Span> cut =
            clausesOf.computeIfAbsent(s, k -> Clauses.split(text, new Span(k.start(), k.end())));
        Span clause = clauseAt(cut, m.start());
        if (clause != null) {
          clauses.add(new Clause(m.field(), clause));
        }
      }
    }
    double weighted = 0;
    double weights = 0;
    double[] forArticle = new double[1];
    for (Clause clause : clauses) {
      double prediction =
          clauseScores.computeIfAbsent(
              clause,
              c -> {
                raw.predict(c.span().of(fields.get(c.field())), forArticle);
                return forArticle[0];
              });
      weighted += weight(clause.field()) * prediction;
      weights += weight(clause.field());
    }
    return weights == 0 ? 0 : clamp(articleScale.applyAsDouble(weighted / weights));
  }

  /**
   * The index of the sentence of {@code field} that holds {@code offset}, or -1, by binary search:
   * sentences come field by field in text order, and a long article has thousands of them and of
   * mentions.
   */
  private static int sentenceAt(List<SentenceScore> sentences, String field, int offset) {
    int low = 0;
    int high = sentences.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      SentenceScore s = sentences.get(mid);
      int order = s.field().equals(field) ? 0 : fieldOrder(s.field()) - fieldOrder(field);
      if (order < 0 || (order == 0 && s.end() <= offset)) {
        low = mid + 1;
      } else if (order > 0 || s.start() > offset) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** The clause that holds {@code offset}, by binary search: clauses are disjoint and in order. */
  private static Span clauseAt(List<Span> clauses, int offset) {
    int low = 0;
    int high = clauses.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      Span clause = clauses.get(mid);
      if (clause.end() <= offset) {
        low = mid + 1;
      } else if (clause.start() > offset) {
        high = mid - 1;
      } else {
        return clause;
      }
    }
    return null;
  }

  private static int fieldOrder(String field) {
    return Mention.HEADLINE.equals(field) ? 0 : 1;
  }

  private record Clause(String field, Span span) {}

  private static double weight(String field) {
    return Mention.HEADLINE.equals(field) ? HEADLINE_WEIGHT : 1.0;
  }

  static Entity withSentiment(Entity e, double sentiment) {
    return new Entity(e.name(), e.type(), e.id(), e.mentions(), e.salience(), sentiment);
  }

  private static double clamp(double x) {
    return Double.isNaN(x) ? 0 : VaderSentenceScorer.clamp(x);
  }
}
