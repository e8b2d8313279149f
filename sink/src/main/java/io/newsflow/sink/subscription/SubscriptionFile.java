package io.newsflow.sink.subscription;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.newsflow.common.article.EntityMatch;
import io.newsflow.common.article.EntityType;
import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.Durations;
import io.newsflow.sink.format.DownstreamFormat;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a subscriptions file (YAML, or JSON, which YAML reads too) into {@link Subscription}s,
 * refusing anything it does not know rather than guessing: an unknown field, a duplicate name, a
 * target it cannot write to, a score outside [-1, 1]. {@code ${VAR}} in any value is replaced by
 * the environment variable.
 */
public final class SubscriptionFile {
  private static final ObjectMapper YAML =
      YAMLMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
  private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9._-]{1,249}");

  /** No longer used (files and webhooks read the topic themselves): accepted, with a warning. */
  private static final String QUEUE = "queue";

  private static final Set<String> FIELDS =
      Set.of(
          "name",
          "match",
          "to",
          "format",
          "secret",
          "attempts",
          "backoff",
          "timeout",
          QUEUE,
          "rotateBytes");
  private static final Logger log = LoggerFactory.getLogger(SubscriptionFile.class);
  private static final Set<String> MATCH_FIELDS =
      Set.of("entity", "type", "sentiment", "language", "source", "keyword");
  private static final Set<String> LABELS = Set.of("positive", "neutral", "negative");

  private final Map<String, String> environment;
  private final Set<String> reservedTopics;

  /**
   * @param reservedTopics the pipeline's own topics, which no subscription may write to (a
   *     subscription to the enriched topic would feed the sink its own output)
   */
  public SubscriptionFile(Map<String, String> environment, Set<String> reservedTopics) {
    this.environment = Map.copyOf(environment);
    this.reservedTopics = Set.copyOf(reservedTopics);
  }

  public List<Subscription> read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new SubscriptionException("cannot read the subscriptions file " + file + ": " + e);
    }
    try {
      return parse(text);
    } catch (SubscriptionException e) {
      throw new SubscriptionException(file + ": " + e.getMessage());
    }
  }

  public List<Subscription> parse(String text) {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (IOException e) {
      throw new SubscriptionException("not YAML or JSON: " + firstLine(e.getMessage()));
    }
    if (root == null || !root.isObject() || !root.has("subscriptions")) {
      throw new SubscriptionException("expected a 'subscriptions:' list at the top");
    }
    knownFields(root, Set.of("subscriptions"), "the top level");
    JsonNode entries = root.get("subscriptions");
    if (!entries.isArray()) {
      throw new SubscriptionException("'subscriptions' must be a list");
    }
    List<Subscription> subscriptions = new ArrayList<>();
    Set<String> names = new HashSet<>();
    List<String> queued = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Subscription subscription = subscription(entries.get(i), "subscriptions[" + i + "]");
      if (!names.add(subscription.name())) {
        throw new SubscriptionException(
            "two subscriptions are named '" + subscription.name() + "'");
      }
      subscriptions.add(subscription);
      if (entries.get(i).has(QUEUE)) {
        queued.add(subscription.name());
      }
    }
    if (!queued.isEmpty()) {
      log.warn(
          "'queue' is no longer used and is ignored (subscriptions {}): files and webhooks now"
              + " read the topic at their own pace",
          queued);
    }
    return List.copyOf(subscriptions);
  }

  private Subscription subscription(JsonNode node, String where) {
    if (!node.isObject()) {
      throw new SubscriptionException(where + ": expected name, match, to and format");
    }
    String name = required(node, "name", where);
    if (!NAME.matcher(name).matches()) {
      throw new SubscriptionException(
          where + ": the name '" + name + "' may use only letters, digits, '.', '_' and '-'");
    }
    String at = "subscription '" + name + "'";
    knownFields(node, FIELDS, at);
    Target target = target(required(node, "to", at), at);
    Optional<String> secret = optional(node, "secret", at);
    if (secret.isPresent() && !(target instanceof Target.Webhook)) {
      throw new SubscriptionException(at + ": 'secret' is for webhook targets only");
    }
    DownstreamFormat format;
    try {
      format = DownstreamFormat.parse(optional(node, "format", at).orElse("enriched"));
    } catch (ConfigException e) {
      throw new SubscriptionException(at + ": 'format' must be enriched or ninjs");
    }
    Subscription.Tuning d = Subscription.Tuning.DEFAULTS;
    Subscription.Tuning tuning =
        new Subscription.Tuning(
            count(node, "attempts", d.attempts(), at),
            duration(node, "backoff", d.backoff(), at),
            duration(node, "timeout", d.timeout(), at),
            count(node, "rotateBytes", d.rotateBytes(), at));
    return new Subscription(name, match(node.get("match"), at), target, format, secret, tuning);
  }

  private Target target(String text, String at) {
    if (text.startsWith("topic:")) {
      String topic = text.substring("topic:".length()).strip();
      if (!TOPIC.matcher(topic).matches() || topic.equals(".") || topic.equals("..")) {
        throw badTarget(at, text, "not a Kafka topic name");
      }
      if (reservedTopics.contains(topic)) {
        throw badTarget(at, text, "a topic of the pipeline itself");
      }
      return new Target.Topic(topic);
    }
    if (text.startsWith("file:")) {
      String path = text.substring("file:".length()).strip();
      if (path.isEmpty()) {
        throw badTarget(at, text, "no path");
      }
      return new Target.File(Path.of(path));
    }
    String scheme = text.toLowerCase(Locale.ROOT);
    if (scheme.startsWith("http://") || scheme.startsWith("https://")) {
      try {
        URI uri = new URI(text);
        if (uri.getHost() == null) {
          throw badTarget(at, text, "no host");
        }
        return new Target.Webhook(uri);
      } catch (java.net.URISyntaxException e) {
        throw badTarget(at, text, e.getReason());
      }
    }
    throw badTarget(at, text, "expected topic:NAME, file:PATH or an http(s):// URL");
  }

  private static SubscriptionException badTarget(String at, String text, String why) {
    return new SubscriptionException(at + ": bad target 'to: " + text + "': " + why);
  }

  private Match match(JsonNode node, String at) {
    if (node == null || node.isNull()) {
      return Match.everything();
    }
    String where = at + ", match";
    if (!node.isObject()) {
      throw new SubscriptionException(where + ": expected fields such as entity, type, keyword");
    }
    knownFields(node, MATCH_FIELDS, where);
    Set<EntityType> types = new LinkedHashSet<>();
    for (String type : values(node, "type", where)) {
      try {
        types.add(EntityType.valueOf(type.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new SubscriptionException(
            where + ": type '" + type + "' is not PERSON, ORGANIZATION, LOCATION or MISC");
      }
    }
    Set<String> labels = new LinkedHashSet<>();
    Optional<Match.ScoreRange> score = Optional.empty();
    JsonNode sentiment = node.get("sentiment");
    if (sentiment != null && sentiment.isObject()) {
      score = Optional.of(scoreRange(sentiment, where + ", sentiment"));
    } else {
      for (String label : values(node, "sentiment", where)) {
        if (!LABELS.contains(label.toLowerCase(Locale.ROOT))) {
          throw new SubscriptionException(
              where
                  + ": sentiment '"
                  + label
                  + "' is not positive, neutral or negative (or give a score: {min, max})");
        }
        labels.add(label);
      }
    }
    return new Match(
        new EntityMatch(values(node, "entity", where), types),
        labels,
        score,
        Set.copyOf(values(node, "language", where)),
        Set.copyOf(values(node, "source", where)),
        values(node, "keyword", where));
  }

  /** {@code {min, max}}, or as the contract writes it, {@code {score: {min, max}}}. */
  private Match.ScoreRange scoreRange(JsonNode node, String where) {
    if (node.has("score")) {
      knownFields(node, Set.of("score"), where);
      return scoreRange(node.get("score"), where + ", score");
    }
    if (!node.isObject()) {
      throw new SubscriptionException(where + ": expected {min, max}");
    }
    knownFields(node, Set.of("min", "max"), where);
    double min = bound(node, "min", -1.0, where);
    double max = bound(node, "max", 1.0, where);
    if (min > max) {
      throw new SubscriptionException(
          where + ": bad score range: min " + min + " is above max " + max);
    }
    return new Match.ScoreRange(min, max);
  }

  private static double bound(JsonNode node, String field, double fallback, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isNumber() || value.asDouble() < -1.0 || value.asDouble() > 1.0) {
      throw new SubscriptionException(
          where + ": bad score range: " + field + " must be a number from -1 to 1, not " + value);
    }
    return value.asDouble();
  }

  /** A field's values: one scalar or a list of them. */
  private List<String> values(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (JsonNode item : value.isArray() ? value : List.of(value)) {
      if (!item.isValueNode() || item.isNull() || item.asText().isBlank()) {
        throw new SubscriptionException(where + ": '" + field + "' must be a value or a list");
      }
      values.add(expand(item.asText(), where));
    }
    return values;
  }

  private String required(JsonNode node, String field, String where) {
    return optional(node, field, where)
        .orElseThrow(() -> new SubscriptionException(where + ": '" + field + "' is missing"));
  }

  private Optional<String> optional(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isValueNode()) {
      throw new SubscriptionException(where + ": '" + field + "' must be a single value");
    }
    String text = expand(value.asText(), where).strip();
    if (text.isEmpty()) {
      throw new SubscriptionException(where + ": '" + field + "' is empty");
    }
    return Optional.of(text);
  }

  private int count(JsonNode node, String field, int fallback, String where) {
    return (int) count(node, field, (long) fallback, where);
  }

  private long count(JsonNode node, String field, long fallback, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() < 1) {
      throw new SubscriptionException(where + ": '" + field + "' must be a whole number above 0");
    }
    return value.asLong();
  }

  private Duration duration(JsonNode node, String field, Duration fallback, String where) {
    Optional<String> text = optional(node, field, where);
    if (text.isEmpty()) {
      return fallback;
    }
    Duration duration;
    try {
      duration = Durations.parse(where + ": '" + field + "'", text.get());
    } catch (ConfigException e) {
      throw new SubscriptionException(e.getMessage());
    }
    if (duration.isZero() || duration.isNegative()) {
      throw new SubscriptionException(where + ": '" + field + "' must be above zero");
    }
    return duration;
  }

  private static void knownFields(JsonNode node, Set<String> known, String where) {
    node.fieldNames()
        .forEachRemaining(
            field -> {
              if (!known.contains(field)) {
                throw new SubscriptionException(
                    where
                        + ": unknown field '"
                        + field
                        + "' (known: "
                        + String.join(", ", new java.util.TreeSet<>(known))
                        + ")");
              }
            });
  }

  private String expand(String text, String where) {
    Matcher m = VARIABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = environment.get(m.group(1));
      if (value == null) {
        throw new SubscriptionException(
            where + ": the environment variable " + m.group(1) + " is not set");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    return m.appendTail(out).toString();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
