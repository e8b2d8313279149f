package io.newsflow.ingest.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * IPTC ninjs 1.x, 2.x and 3.x. Headline: {@code headlines[]} (role "main" first) or {@code
 * headline}. Body: {@code bodies[]} or {@code body_html} / {@code body_xhtml} / {@code body_text},
 * markup preferred because it keeps the paragraphs; without a body, the description stands in. Id:
 * {@code uri} (required since 2.0), else {@code guid}. Published: {@code versioncreated}, else
 * {@code firstcreated}, else {@code contentcreated}.
 */
final class NinjsFormat {
  private final ArticleFactory factory;

  NinjsFormat(ArticleFactory factory) {
    this.factory = factory;
  }

  /** ninjs types that are media, not text: their "headline" is a caption, not an article. */
  private static final java.util.Set<String> MEDIA_TYPES =
      java.util.Set.of("picture", "audio", "video", "graphic");

  Parsed read(JsonNode item, byte[] original, String sourceName) {
    JsonFields fields = new JsonFields(item);
    String type = lower(fields.text("type"));
    if (MEDIA_TYPES.contains(type)) {
      return Parsed.rejected(
          RejectReason.UNSUPPORTED_FORMAT,
          "ninjs: type \"" + type + "\" is media, not an article",
          original);
    }
    Body body = body(fields);
    Draft draft =
        new Draft(
            fields.text("uri", "guid"),
            source(fields),
            null,
            headline(fields),
            body.value(),
            body.html(),
            fields.text("language"),
            Dates.parse(fields.text("versioncreated", "firstcreated", "contentcreated")),
            original);
    return factory.create(Format.NINJS, draft, sourceName);
  }

  private record Body(String value, boolean html) {}

  private static String headline(JsonFields fields) {
    String fromArray = preferMain(fields.node("headlines"));
    return fromArray != null ? fromArray : fields.text("headline", "title");
  }

  private static Body body(JsonFields fields) {
    Body fromBodies = best(fields.node("bodies"));
    if (fromBodies != null) {
      return fromBodies;
    }
    String html = fields.text("body_html", "body_xhtml");
    if (html != null) {
      return new Body(html, true);
    }
    String text = fields.text("body_text", "body");
    if (text != null) {
      return new Body(text, HtmlText.looksLikeHtml(text));
    }
    Body fromDescriptions = best(fields.node("descriptions"));
    if (fromDescriptions != null) {
      return fromDescriptions;
    }
    String description = fields.text("description_html", "description_text");
    return new Body(description, HtmlText.looksLikeHtml(description));
  }

  /** Of several bodies, one with markup (it keeps paragraphs), role "main" first among equals. */
  private static Body best(JsonNode array) {
    if (array == null || !array.isArray()) {
      return null;
    }
    Body best = null;
    int bestRank = -1;
    for (JsonNode entry : array) {
      if (!entry.isObject()) {
        continue;
      }
      JsonFields fields = new JsonFields(entry);
      String value = fields.text("value");
      if (value == null) {
        continue;
      }
      String type = lower(fields.text("contentType")) + " " + lower(fields.text("role"));
      boolean html =
          type.contains("html")
              || type.contains("xml")
              || type.contains("richtext")
              || (!type.contains("text/plain") && HtmlText.looksLikeHtml(value));
      int rank = (html ? 2 : 0) + ("main".equals(lower(fields.text("role"))) ? 1 : 0);
      if (rank > bestRank) {
        best = new Body(value, html);
        bestRank = rank;
      }
    }
    return best;
  }

  private static String preferMain(JsonNode array) {
    if (array == null || !array.isArray()) {
      return null;
    }
    String first = null;
    for (JsonNode entry : array) {
      String value =
          entry.isObject() ? JsonFields.text(entry.get("value")) : JsonFields.text(entry);
      if (value == null || value.isBlank()) {
        continue;
      }
      String role = entry.isObject() ? lower(JsonFields.text(entry.get("role"))) : "";
      if (role.equals("main")) {
        return value;
      }
      if (first == null) {
        first = value;
      }
    }
    return first;
  }

  private static String source(JsonFields fields) {
    String holder = fields.text("copyrightholder");
    if (holder != null) {
      return holder;
    }
    JsonNode infoSources = fields.node("infosources");
    if (infoSources != null && infoSources.isArray() && infoSources.size() > 0) {
      return JsonFields.text(infoSources.get(0).get("name"));
    }
    return null;
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
