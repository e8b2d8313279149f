package io.newsflow.sink.subscription;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.EntityMatch;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which articles a subscription wants: every given field must hold (fields AND), and a field holds
 * when any of its values does (values OR). Entities match as {@code subscribe --entity} matches;
 * language and source ignore case; a keyword is a word, or words in a row, of the headline or the
 * body, ignoring case.
 *
 * @param sentiments labels ({@code positive}, {@code neutral}, {@code negative})
 * @param score the article's score range, both ends included
 */
public record Match(
    EntityMatch entities,
    Set<String> sentiments,
    Optional<ScoreRange> score,
    Set<String> languages,
    Set<String> sources,
    List<String> keywords) {

  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  public Match {
    sentiments = lowerCase(sentiments);
    languages = lowerCase(languages);
    sources = lowerCase(sources);
    keywords = keywords.stream().map(Match::words).filter(k -> !k.isBlank()).toList();
  }

  public static Match everything() {
    return new Match(EntityMatch.any(), Set.of(), Optional.empty(), Set.of(), Set.of(), List.of());
  }

  /** A closed range of sentiment scores. */
  public record ScoreRange(double min, double max) {
    boolean contains(double score) {
      return score >= min && score <= max;
    }
  }

  public boolean matches(EnrichedArticle article) {
    return entities.matches(article)
        && (sentiments.isEmpty()
            || (article.sentiment() != null
                && sentiments.contains(article.sentiment().effectiveLabel())))
        && (score.isEmpty()
            || (article.sentiment() != null && score.get().contains(article.sentiment().score())))
        && (languages.isEmpty() || languages.contains(lowerCase(article.language())))
        && (sources.isEmpty() || sources.contains(lowerCase(article.source())))
        && (keywords.isEmpty() || hasKeyword(article));
  }

  private boolean hasKeyword(EnrichedArticle article) {
    String text = words(article.headline()) + words(article.body());
    return keywords.stream().anyMatch(text::contains);
  }

  /** The words of a text, lower case, each with a space either side, so a match is whole words. */
  private static String words(String text) {
    if (text == null) {
      return "";
    }
    String spaced = NOT_A_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    return spaced.isEmpty() ? "" : " " + spaced + " ";
  }

  private static Set<String> lowerCase(Set<String> values) {
    return values.stream().map(Match::lowerCase).collect(java.util.stream.Collectors.toSet());
  }

  private static String lowerCase(String value) {
    return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
  }
}
