package io.newsflow.common.article;

/**
 * Where an entity is named: {@code text} equals {@code field.substring(start, end)}, with offsets
 * in UTF-16 code units of the cleaned headline or body.
 */
public record Mention(String field, int start, int end, String text) {
  public static final String HEADLINE = "headline";
  public static final String BODY = "body";
}
