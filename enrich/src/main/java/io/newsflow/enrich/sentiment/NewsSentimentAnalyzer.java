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

/**
 * Scores an article sentence by sentence, overall, and for each entity it names.
 *
 * <ul>
 *   <li>The article's score is the weighted mean of its sentences' scores, the headline's
 *       weighing {@value #HEADLINE_WEIGHT} times a body sentence's: the headline is the one
 *       sentence an editor writes to frame the whole story, and readers (and subscribers
 *       filtering on sentiment) see it first; with equal weight, one headline among twenty body
 *       sentences would barely count. It stays a mean, so a long body still outweighs it.
 *   <li>An entity's score is the mean score of the clauses that mention it (see {@link Clauses}),
 *       headline clauses again weighing double, so "Russia was condemned while Ukraine was
 *       praised" is negative for Russia and positive for Ukraine. An entity without mentions
 *       gets 0.
 * </ul>
 *
 * Thread-safe when its scorer is (all of newsflow's are).
 */
public final class NewsSentimentAnalyzer implements SentimentAnalyzer {
  static final double HEADLINE_WEIGHT = 2.0;

  private final SentenceScorer scorer;

  public NewsSentimentAnalyzer(SentenceScorer scorer) {
    this.scorer = scorer;
  }

  /** The analyzer over newsflow's trained news scorer, loaded from the classpath. */
  public static NewsSentimentAnalyzer load() {
    return new NewsSentimentAnalyzer(NewsSentenceScorer.load());
  }

  @Override
  public Result analyze(String headline, String body, List<Entity> entities) {
    Map<String, String> fields = Map.of(
        Mention.HEADLINE, headline == null ? "" : headline, Mention.BODY, body == null ? "" : body);
    List<SentenceScore> sentences = new ArrayList<>();
    double weighted = 0;
    double weights = 0;
    for (String field : List.of(Mention.HEADLINE, Mention.BODY)) {
      String text = fields.get(field);
      for (Span span : Sentences.split(text)) {
        double score = clamp(scorer.score(span.of(text)));
        sentences.add(new SentenceScore(field, span.start(), span.end(), score));
        double weight = weight(field);
        weighted += weight * score;
        weights += weight;
      }
    }
    double score = weights == 0 ? 0 : clamp(weighted / weights);
    ArticleSentiment article = ArticleSentiment.of(score, sentences);

    List<Entity> scored = new ArrayList<>();
    if (entities != null) {
      Map<Clause, Double> clauseScores = new HashMap<>(); // a clause named twice is scored once
      for (Entity e : entities) {
        scored.add(withSentiment(e, entitySentiment(e, fields, sentences, clauseScores)));
      }
    }
    return new Result(article, scored);
  }

  private double entitySentiment(Entity entity, Map<String, String> fields,
      List<SentenceScore> sentences, Map<Clause, Double> clauseScores) {
    Set<Clause> clauses = new LinkedHashSet<>(); // each clause once, however often it names it
    for (Mention m : entity.mentions()) {
      String text = fields.get(m.field());
      if (text == null || m.end() > text.length() || m.start() < 0) {
        continue;
      }
      SentenceScore s = sentenceAt(sentences, m.field(), m.start());
      if (s != null) {
        for (Span clause : Clauses.split(text, new Span(s.start(), s.end()))) {
          if (clause.start() <= m.start() && m.start() < clause.end()) {
            clauses.add(new Clause(m.field(), clause));
          }
        }
      }
    }
    double weighted = 0;
    double weights = 0;
    for (Clause clause : clauses) {
      double score = clauseScores.computeIfAbsent(
          clause, c -> clamp(scorer.score(c.span().of(fields.get(c.field())))));
      weighted += weight(clause.field()) * score;
      weights += weight(clause.field());
    }
    return weights == 0 ? 0 : clamp(weighted / weights);
  }

  /**
   * The sentence of {@code field} that holds {@code offset}, by binary search: sentences come
   * field by field in text order, and a long article has thousands of them and of mentions.
   */
  private static SentenceScore sentenceAt(List<SentenceScore> sentences, String field, int offset) {
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
        return s;
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
