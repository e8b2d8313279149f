package io.newsflow.enrich.entity;

import io.newsflow.common.article.EntityType;
import io.newsflow.common.article.Mention;
import io.newsflow.enrich.entity.gazetteer.Countries;
import io.newsflow.enrich.text.Sentences;
import io.newsflow.enrich.text.Span;
import io.newsflow.enrich.text.Token;
import io.newsflow.enrich.text.Tokenizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Corrects what a tagger trained on 1996 news cannot know about today's: companies founded since
 * or then known as something else ("Amazon" the river, "Apple" the fruit, "Spotify" nothing at
 * all) are organisations; a car model ("Model Y") is a product, not a company; a name before
 * "peninsula", "volcano" and the like is a place. Articles only: CoNLL tagging keeps the corpus's
 * own view. Each rule is narrow and tested on both sides; what it cannot tell apart it leaves.
 */
final class TodaysNames {
  /**
   * Companies in the news today that the tagger types wrongly or misses. Only names that are not
   * also common words at the start of a sentence in their capitalised form.
   */
  private static final Set<String> COMPANIES = Set.of(
      "Amazon", "Apple", "Spotify", "Statnett", "Equinor", "Orsted", "Ørsted", "Google", "Alphabet",
      "Microsoft", "Nvidia", "OpenAI", "Anthropic", "Netflix", "Airbnb", "TikTok", "ByteDance",
      "Huawei", "Alibaba", "Tencent", "Samsung", "PayPal", "Shopify", "Klarna", "Northvolt",
      "Vattenfall", "Fortum", "Nokia", "Ericsson", "Uber", "Tesla", "SpaceX");

  /** After these a company's name is something else: "the Amazon", "the Apple of her eye". */
  private static final Set<String> NOT_AFTER = Set.of("the");

  /** Before these, a company's name is a place or a thing: "Amazon rainforest", "Apple pie". */
  private static final Set<String> NOT_BEFORE = Set.of(
      "river", "rainforest", "rain", "basin", "jungle", "region", "delta", "forest", "pie", "pies",
      "orchard", "orchards", "tree", "trees", "juice", "cider");

  /** Common nouns after a name that make it a place: "the Reykjanes peninsula". */
  private static final Set<String> PLACE_NOUNS = Set.of(
      "peninsula", "volcano", "glacier", "fjord", "archipelago", "island", "islands", "mountains",
      "plateau", "strait", "valley", "desert", "delta", "gorge");

  /** "Korean" in "the Korean peninsula" says whose, not which: a demonym is left as tagged. */
  private final Set<String> demonyms;

  TodaysNames(Countries countries) {
    this.demonyms = countries.all().stream()
        .map(Countries.Country::demonym)
        .filter(d -> d != null && !d.isBlank())
        // "South Korean" gives "Korean" too
        .map(d -> d.substring(d.lastIndexOf(' ') + 1))
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Retypes or adds mentions of {@code field} ({@code text}) by the rules above. */
  void correct(String field, String text, List<MentionLinker.TypedMention> mentions) {
    for (Span sentence : Sentences.split(text)) {
      List<Token> tokens = Tokenizer.tokenize(text, sentence.start(), sentence.end());
      for (int i = 0; i < tokens.size(); i++) {
        Token token = tokens.get(i);
        String before = i > 0 ? lower(tokens.get(i - 1)) : "";
        String after = i + 1 < tokens.size() ? lower(tokens.get(i + 1)) : "";
        if (COMPANIES.contains(token.text()) && !NOT_AFTER.contains(before) && !NOT_BEFORE.contains(after)) {
          retype(field, text, token.start(), token.end(), 1, EntityType.ORGANIZATION, mentions);
        } else if (token.text().equals("Model") && i + 1 < tokens.size() && isModelName(tokens.get(i + 1).text())) {
          retype(field, text, token.start(), tokens.get(i + 1).end(), 2, EntityType.MISC, mentions);
        } else if (PLACE_NOUNS.contains(after) && isCapitalisedName(token.text()) && !demonyms.contains(token.text())) {
          retype(field, text, token.start(), token.end(), 1, EntityType.LOCATION, mentions);
        }
      }
    }
  }

  /** "Y", "3", "S", "X": a car maker's model letter or number. */
  private static boolean isModelName(String word) {
    return word.length() <= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
  }

  private static boolean isCapitalisedName(String word) {
    return word.length() > 2 && Character.isUpperCase(word.charAt(0))
        && word.substring(1).chars().allMatch(Character::isLowerCase);
  }

  /**
   * Makes {@code [start, end)} one mention of {@code type}, unless the tagger found a longer name
   * around it ("Amazon Web Services", "Apple Daily"), which it leaves as found.
   */
  private static void retype(String field, String text, int start, int end, int words, EntityType type,
      List<MentionLinker.TypedMention> mentions) {
    for (MentionLinker.TypedMention m : mentions) {
      Mention mention = m.mention();
      if (mention.field().equals(field) && mention.start() < end && start < mention.end()
          && (mention.start() < start || mention.end() > end)) {
        return;
      }
    }
    mentions.removeIf(m -> m.mention().field().equals(field) && m.mention().start() < end && start < m.mention().end());
    mentions.add(new MentionLinker.TypedMention(new Mention(field, start, end, text.substring(start, end)), type, words));
  }

  private static String lower(Token token) {
    return token.text().toLowerCase(Locale.ROOT);
  }
}
