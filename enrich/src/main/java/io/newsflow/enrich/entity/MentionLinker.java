package io.newsflow.enrich.entity;

import io.newsflow.common.article.Entity;
import io.newsflow.common.article.EntityType;
import io.newsflow.common.article.Mention;
import io.newsflow.enrich.entity.gazetteer.Cities;
import io.newsflow.enrich.entity.gazetteer.Countries;
import io.newsflow.enrich.text.Token;
import io.newsflow.enrich.text.Tokenizer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Links the mentions of one article into entities. Longer forms found first found the entities; a
 * shorter form joins one when its words appear, in order and contiguous, in the entity's name
 * ("Blinken", "Secretary Blinken" -> "Antony Blinken"; "State Department" -> "US State
 * Department"), when it is the acronym of the name ("NATO" for "North Atlantic Treaty
 * Organization"), or when both name the same country ("US", "U.S.", "United States"). A single-word
 * form joins a person whatever type it was tagged with, since the tagger sometimes types a bare
 * surname by its context.
 *
 * <p>The entity's type is the majority of its mentions' types; its name the fullest form; its id
 * {@code country:XX} (ISO 3166-1) for countries, else {@code type:normalised-name}. Salience mixes
 * being in the headline, how early the first mention comes and how often the entity is named.
 */
final class MentionLinker {
  private static final Set<String> TITLES =
      Set.of(
          "mr",
          "mr.",
          "mrs",
          "mrs.",
          "ms",
          "ms.",
          "dr",
          "dr.",
          "president",
          "secretary",
          "minister",
          "gen",
          "gen.",
          "general",
          "sen",
          "sen.",
          "senator",
          "gov",
          "gov.",
          "governor",
          "prime",
          "chancellor",
          "king",
          "queen",
          "pope",
          "prince",
          "princess",
          "sir",
          "lord",
          "judge",
          "mayor",
          "rep",
          "rep.",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "the",
          "foreign",
          "defense",
          "defence",
          "state",
          "vice",
          "chief",
          "premier");

  // compiled once: linking runs for every article
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern EDGE_DASHES = Pattern.compile("^-|-$");

  /** A tagged mention with what linking and salience need to know. */
  record TypedMention(Mention mention, EntityType type, int words) {}

  private final Countries countries;
  private final Cities cities;

  MentionLinker(Countries countries, Cities cities) {
    this.countries = countries;
    this.cities = cities;
  }

  private static final class Cluster {
    final int order;
    final String name;
    final List<String> words;
    final String countryCode;
    final List<TypedMention> mentions = new ArrayList<>();

    Cluster(int order, String name, List<String> words, String countryCode) {
      this.order = order;
      this.name = name;
      this.words = words;
      this.countryCode = countryCode;
    }

    EntityType type() {
      Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
      for (TypedMention m : mentions) {
        votes.merge(m.type(), m.words() > 1 ? 2 : 1, Integer::sum);
      }
      EntityType founder = mentions.get(0).type();
      EntityType best = founder;
      for (Map.Entry<EntityType, Integer> e : votes.entrySet()) {
        if (e.getValue() > votes.get(best)) {
          best = e.getKey();
        }
      }
      return best;
    }
  }

  List<Entity> link(List<TypedMention> mentions, int bodyLength) {
    // group identical forms, then found entities from the longest forms down
    Map<String, List<TypedMention>> forms = new LinkedHashMap<>();
    List<TypedMention> ordered = new ArrayList<>(mentions);
    ordered.sort(textOrder());
    for (TypedMention m : ordered) {
      String key = String.join(" ", words(m.mention().text()));
      if (!key.isEmpty()) {
        forms.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
      }
    }
    List<Map.Entry<String, List<TypedMention>>> byLength = new ArrayList<>(forms.entrySet());
    byLength.sort(
        Comparator.comparingInt(
                (Map.Entry<String, List<TypedMention>> e) -> -e.getKey().split(" ").length)
            .thenComparingInt(e -> -e.getKey().length()));
    List<Cluster> clusters = new ArrayList<>();
    Clusters index = new Clusters();
    for (Map.Entry<String, List<TypedMention>> form : byLength) {
      List<String> formWords = List.of(form.getKey().split(" "));
      TypedMention first = form.getValue().get(0);
      String code =
          countries.byName(first.mention().text()).map(Countries.Country::code).orElse(null);
      Cluster target = find(index, formWords, first, code);
      if (target == null) {
        target = new Cluster(clusters.size(), first.mention().text(), formWords, code);
        clusters.add(target);
        index.add(target);
      }
      target.mentions.addAll(form.getValue());
    }
    return entities(clusters, bodyLength);
  }

  /**
   * The clusters by country, by word and by initials. Asking every cluster about every new form was
   * quadratic in the names of an article: 9,000 distinct names took 25 s, a megabyte of them would
   * stall the partition for many minutes. A form can only join a cluster of its own country, one
   * holding all its words, or one whose initials it is, so those are the only ones asked, in the
   * order they were founded, which gives the same answer as asking them all.
   */
  private static final class Clusters {
    final Map<String, Cluster> byCountry = new java.util.HashMap<>();
    final Map<String, List<Cluster>> byWord = new java.util.HashMap<>();
    final Map<String, List<Cluster>> byInitials = new java.util.HashMap<>();

    void add(Cluster c) {
      if (c.countryCode != null) {
        byCountry.putIfAbsent(c.countryCode, c);
      }
      for (String word : new java.util.LinkedHashSet<>(c.words)) {
        byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(c);
      }
      if (c.words.size() >= 2) {
        byInitials.computeIfAbsent(initials(c.name), i -> new ArrayList<>()).add(c);
      }
    }

    /** The clusters holding every word of {@code core}: those of its rarest word. */
    List<Cluster> withWords(List<String> core) {
      List<Cluster> fewest = null;
      for (String word : core) {
        List<Cluster> holding = byWord.getOrDefault(word, List.of());
        if (fewest == null || holding.size() < fewest.size()) {
          fewest = holding;
        }
      }
      return fewest == null ? List.of() : fewest;
    }
  }

  private Cluster find(Clusters index, List<String> formWords, TypedMention first, String code) {
    if (code != null && index.byCountry.containsKey(code)) {
      return index.byCountry.get(code);
    }
    List<String> core = withoutTitles(formWords);
    String form = first.mention().text();
    List<Cluster> candidates = new ArrayList<>(index.withWords(core));
    if (core.size() == 1 && isAcronym(form)) {
      candidates.addAll(index.byInitials.getOrDefault(form, List.of()));
    }
    candidates.sort(Comparator.comparingInt(c -> c.order));
    for (Cluster c : candidates) {
      EntityType type = c.type();
      boolean compatible = type == first.type() || (type == EntityType.PERSON && core.size() == 1);
      if (compatible
          && !core.isEmpty()
          && c.countryCode == null
          && java.util.Collections.indexOfSubList(c.words, core) >= 0) {
        return c;
      }
      if (core.size() == 1 && isAcronymOf(form, c)) {
        return c;
      }
    }
    return null;
  }

  private static boolean isAcronym(String form) {
    return form.length() >= 2
        && form.length() <= 6
        && form.chars().allMatch(Character::isUpperCase);
  }

  private static boolean isAcronymOf(String form, Cluster c) {
    return isAcronym(form) && c.words.size() >= 2 && initials(c.name).equals(form);
  }

  private static String initials(String name) {
    StringBuilder initials = new StringBuilder();
    for (String w : Tokenizer.tokenize(name).stream().map(Token::text).toList()) {
      if (Character.isUpperCase(w.charAt(0))) {
        initials.append(w.charAt(0));
      }
    }
    return initials.toString();
  }

  private List<Entity> entities(List<Cluster> clusters, int bodyLength) {
    int maxCount = clusters.stream().mapToInt(c -> c.mentions.size()).max().orElse(1);
    List<Entity> out = new ArrayList<>();
    List<Integer> firstPositions = new ArrayList<>();
    for (Cluster c : clusters) {
      c.mentions.sort(textOrder());
      EntityType type = c.type();
      String name = fullestName(c);
      String id = id(c, type, name);
      List<Mention> mentions = c.mentions.stream().map(TypedMention::mention).toList();
      out.add(new Entity(name, type, id, mentions, salience(c, maxCount, bodyLength), 0.0));
      firstPositions.add(firstPosition(c));
    }
    // most salient first; ties in order of first mention
    List<Integer> index = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      index.add(i);
    }
    index.sort(
        Comparator.comparingDouble((Integer i) -> -out.get(i).salience())
            .thenComparingInt(firstPositions::get));
    return index.stream().map(out::get).toList();
  }

  /** ISO 3166 for countries, GeoNames for unambiguous cities, else the type and normalised name. */
  private String id(Cluster c, EntityType type, String name) {
    if (type == EntityType.LOCATION && c.countryCode != null) {
      return "country:" + c.countryCode;
    }
    if (type == EntityType.LOCATION) {
      Optional<Cities.City> city = cities.byName(name);
      if (city.isPresent()) {
        return "geonames:" + city.get().geonameId();
      }
    }
    return type.name().toLowerCase(Locale.ROOT) + ":" + slug(name);
  }

  private static String fullestName(Cluster c) {
    // the founding form is the longest; prefer its headline-free, body spelling when there is one
    String best = c.name;
    for (TypedMention m : c.mentions) {
      String text = m.mention().text();
      if (SPACES.split(text).length == SPACES.split(best).length
          && m.mention().field().equals(Mention.BODY)
          && !text.equals(text.toUpperCase(Locale.ROOT))) {
        return text;
      }
    }
    return best;
  }

  private static int firstPosition(Cluster c) {
    TypedMention first = c.mentions.get(0);
    return first.mention().field().equals(Mention.HEADLINE) ? -1 : first.mention().start();
  }

  /**
   * 0.35 for being named in the headline, up to 0.25 for how early in the body it first comes, and
   * up to 0.4 for its share of mentions relative to the most-named entity.
   */
  private static double salience(Cluster c, int maxCount, int bodyLength) {
    boolean inHeadline =
        c.mentions.stream().anyMatch(m -> m.mention().field().equals(Mention.HEADLINE));
    Optional<TypedMention> firstBody =
        c.mentions.stream().filter(m -> m.mention().field().equals(Mention.BODY)).findFirst();
    double early =
        firstBody
            .map(m -> 1.0 - (double) m.mention().start() / Math.max(1, bodyLength))
            .orElse(0.0);
    double frequency = (double) c.mentions.size() / maxCount;
    double s = (inHeadline ? 0.35 : 0) + 0.25 * early + 0.4 * frequency;
    return Math.round(Math.min(1, Math.max(0, s)) * 1000) / 1000.0;
  }

  private static Comparator<TypedMention> textOrder() {
    return Comparator.comparingInt(
            (TypedMention m) -> m.mention().field().equals(Mention.HEADLINE) ? 0 : 1)
        .thenComparingInt(m -> m.mention().start());
  }

  /** Lower-cased words of a mention, quotes folded, possessive endings dropped. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (Token token : Tokenizer.tokenize(text)) {
      String w = token.text().toLowerCase(Locale.ROOT).replace('’', '\'');
      if (w.equals("'s") || w.equals("'")) {
        continue;
      }
      out.add(w);
    }
    return out;
  }

  private static List<String> withoutTitles(List<String> words) {
    int from = 0;
    while (from < words.size() - 1 && TITLES.contains(words.get(from))) {
      from++;
    }
    return words.subList(from, words.size());
  }

  /**
   * "Antony Blinken" -> "antony-blinken"; accents dropped, anything else not a letter or digit
   * joins.
   */
  static String slug(String name) {
    String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    String slug =
        EDGE_DASHES
            .matcher(NOT_LETTER_OR_DIGIT.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-"))
            .replaceAll("");
    return slug.isEmpty() ? "unnamed" : slug;
  }
}
