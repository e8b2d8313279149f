package io.newsflow.ingest.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import io.newsflow.common.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * JSON input: one article object, an array of them, or many (JSON lines, or concatenated objects).
 * Each object is either newsflow's own article shape ({@code headline}, {@code body}, ...) or
 * ninjs, told apart by its fields.
 */
final class JsonFormat {
  /** Fields only ninjs has; an object with one of them and no {@code body} is ninjs. */
  private static final Set<String> NINJS_FIELDS =
      Set.of(
          "uri",
          "headlines",
          "bodies",
          "bodytext",
          "bodyhtml",
          "bodyxhtml",
          "versioncreated",
          "firstcreated",
          "pubstatus",
          "descriptions",
          "descriptiontext",
          "guid",
          "copyrightholder");

  private final ArticleFactory factory;
  private final NinjsFormat ninjs;

  JsonFormat(ArticleFactory factory) {
    this.factory = factory;
    this.ninjs = new NinjsFormat(factory);
  }

  ReadResult read(byte[] bytes, String sourceName) {
    List<JsonNode> values = new ArrayList<>();
    try (MappingIterator<JsonNode> it = Json.treeReader().readValues(bytes)) {
      while (it.hasNextValue()) {
        values.add(it.nextValue());
      }
    } catch (IOException e) {
      return readLines(bytes, sourceName, e);
    }
    if (values.size() == 1 && values.get(0).isArray()) {
      List<Parsed> items = new ArrayList<>();
      for (JsonNode element : values.get(0)) {
        items.add(object(element, bytesOf(element), sourceName, Format.JSON));
      }
      return new ReadResult(Format.JSON, items);
    }
    if (values.size() == 1) {
      JsonNode only = values.get(0);
      Format format = isNinjs(only) ? Format.NINJS : Format.JSON;
      return new ReadResult(format, List.of(object(only, bytes, sourceName, format)));
    }
    // JSON lines: each item's own line is its original; concatenated pretty JSON: re-serialized
    List<String> lines = nonBlankLines(bytes);
    boolean oneALine = lines.size() == values.size();
    List<Parsed> items = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      byte[] original =
          oneALine ? lines.get(i).getBytes(StandardCharsets.UTF_8) : bytesOf(values.get(i));
      items.add(object(values.get(i), original, sourceName, Format.JSON_LINES));
    }
    return new ReadResult(Format.JSON_LINES, items);
  }

  private static List<String> nonBlankLines(byte[] bytes) {
    List<String> lines = new ArrayList<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\r?\n")) {
      if (!line.isBlank()) {
        lines.add(line);
      }
    }
    return lines;
  }

  /**
   * The input as a whole is not valid JSON. If it is JSON lines whose first line parses, the good
   * lines are articles and each bad line is its own rejection; otherwise the whole input is one.
   */
  private ReadResult readLines(byte[] bytes, String sourceName, IOException wholeError) {
    String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r?\n", -1);
    List<Integer> nonBlank = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        nonBlank.add(i);
      }
    }
    if (nonBlank.size() < 2 || parseOrNull(lines[nonBlank.get(0)]) == null) {
      return ReadResult.rejected(
          Format.JSON, RejectReason.UNREADABLE, "json: " + describe(wholeError), bytes);
    }
    List<Parsed> items = new ArrayList<>();
    for (int index : nonBlank) {
      byte[] lineBytes = lines[index].getBytes(StandardCharsets.UTF_8);
      try {
        JsonNode value = Json.tree(lines[index]);
        items.add(object(value, lineBytes, sourceName, Format.JSON_LINES));
      } catch (IOException e) {
        items.add(
            Parsed.rejected(
                RejectReason.UNREADABLE,
                "json lines: line "
                    + (index + 1)
                    + ": "
                    + describe(e).replace(" at line 1, column ", " at column "),
                lineBytes));
      }
    }
    return new ReadResult(Format.JSON_LINES, items);
  }

  private Parsed object(JsonNode value, byte[] original, String sourceName, Format container) {
    if (!value.isObject()) {
      return Parsed.rejected(
          RejectReason.UNSUPPORTED_FORMAT,
          container.label()
              + ": expected an article object, found "
              + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT),
          original);
    }
    if (isNinjs(value)) {
      return ninjs.read(value, original, sourceName);
    }
    JsonFields fields = new JsonFields(value);
    String body = fields.text("body", "text", "content");
    Draft draft =
        new Draft(
            fields.text("id"),
            fields.text("source"),
            fields.text("url", "link"),
            fields.text("headline", "title"),
            body,
            HtmlText.looksLikeHtml(body),
            fields.text("language", "lang"),
            Dates.parse(fields.text("published", "publishedAt", "date")),
            original);
    return factory.create(container, draft, sourceName);
  }

  static boolean isNinjs(JsonNode value) {
    if (!value.isObject()) {
      return false;
    }
    JsonFields fields = new JsonFields(value);
    if (fields.has("body")) {
      return false;
    }
    return NINJS_FIELDS.stream().anyMatch(fields::has);
  }

  private static JsonNode parseOrNull(String line) {
    try {
      return Json.tree(line);
    } catch (IOException e) {
      return null;
    }
  }

  private static byte[] bytesOf(JsonNode value) {
    return Json.line(value).getBytes(StandardCharsets.UTF_8);
  }

  /** "unexpected end of input at line 3, column 1", from Jackson's longer message. */
  static String describe(IOException e) {
    String what;
    if (e instanceof JsonEOFException) {
      what = "unexpected end of input";
    } else if (e instanceof JsonProcessingException processing) {
      what = processing.getOriginalMessage();
      int newline = what.indexOf('\n');
      if (newline > 0) {
        what = what.substring(0, newline);
      }
    } else {
      what = String.valueOf(e.getMessage());
    }
    if (e instanceof JsonProcessingException processing && processing.getLocation() != null) {
      return what
          + " at line "
          + processing.getLocation().getLineNr()
          + ", column "
          + processing.getLocation().getColumnNr();
    }
    return what;
  }
}
