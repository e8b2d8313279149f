package io.newsflow.common.text;

import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognizes a piece of text that is, in full, site furniture rather than article prose. Every
 * rule matches the whole piece (anchored, with a length cap), never a phrase inside prose: "The
 * regulator said the website uses cookies to track readers" is news, "This website uses cookies
 * to improve your experience. Accept" is a banner.
 */
final class Furniture {
  /** Furniture is short; longer text is prose even if it starts like a banner. */
  static final int MAX_LENGTH = 400;

  private static final String END = "[\\s.!?:…»›→>|\\-–—]*";

  /** Reported speech marks prose: a banner or a sign-up prompt never says who said what. */
  private static final Pattern REPORTED =
      Pattern.compile("\\b(said|says|told|according to|announced|reported|claimed|wrote)\\b");

  private static final List<Rule> RULES =
      List.of(
          // cookie banners: the opening every consent tool uses, and a consent word in the rest
          guarded(
              "(this (web)?site|this page|our (web)?site|we|we and our partners|by (continuing|using) (to (use|browse) )?(this|our) (web)?site,?( you)?)"
                  + " (uses?|use|stores?|agree to( the use of)?|accept the use of|consent to( the use of)?) (cookies|cookie)"
                  + ".*\\b(accept|agree|consent|opt[- ]out|ok|got it|settings|preferences|privacy|experience|more information|learn more|cookie policy)\\b.*"),
          plain("(accept|reject|allow|manage) (all )?cookies" + END),
          plain("(cookie (settings|preferences|policy)|privacy policy)( (and|&|\\|) (cookie (settings|preferences|policy)|privacy policy))*" + END),
          // "Read more" and friends, alone or as a link to another story
          plain(
              "(read more|read the full (story|article)|read full (story|article)|continue reading|click here to read more|keep reading|read on"
                  + "|related( articles| stories| coverage| content)?|most read|more stories|recommended( for you)?)"
                  + "( (here|below|on [^.!?]{1,40}))?" + END),
          plain("(read more|also read|read also|related|see also|recommended|most read|related articles?|related stories|more on this story):\\s?[^\\n]{0,160}"),
          // share prompts and rows of share buttons
          plain(
              "(share this( (article|story|post|page|video))?|share on [a-z ]{1,30}|share via [a-z ]{1,30}|click to share[^\\n]{0,60}|tweet this|email this (article|story)|copy link)" + END
                  + "([\\s,|/·•]*(facebook|twitter|x|linkedin|whatsapp|email|e-mail|pinterest|reddit|telegram|print|copy link|messenger)" + END + ")*"),
          guarded("follow us on [^\\n]{1,100}"),
          plain("((facebook|twitter|linkedin|whatsapp|email|e-mail|pinterest|reddit|telegram|print|copy link|share|tweet|messenger)[\\s,|/·•]*){2,}"),
          // newsletter footers and sign-up prompts
          guarded(
              "(sign up|sign-up|signup|subscribe|register|join|get|don't miss|never miss)\\b( now| today| free| here)?( to| for)?"
                  + " (our|my|the|a|this|free)\\b.{0,80}\\b(newsletters?|inbox|daily briefing|morning briefing|email updates|e-mail updates)\\b.{0,160}"),
          plain("(subscribe( now| today)?|sign up( now| today)?)" + END),
          // advertising slots
          plain(
              "(advertisement|advertising|advert|ad|sponsored|sponsored content|paid content|story continues below( this)? advertisement|article continues below( this)?( advertisement| ad)?|scroll to continue with content|content continues below)" + END));

  /**
   * Every rule is anchored at the start, so a piece can only be furniture if it starts with one of
   * these words: a cheap test that spares the patterns nearly every sentence of prose.
   */
  private static final Set<String> FIRST_WORDS =
      Set.of(
          "this", "our", "we", "by", "accept", "reject", "allow", "manage", "cookie", "privacy",
          "read", "continue", "click", "keep", "also", "related", "see", "recommended", "most",
          "more", "share", "tweet", "email", "e-mail", "copy", "follow", "facebook", "twitter", "x",
          "linkedin", "whatsapp", "pinterest", "reddit", "telegram", "print", "messenger", "sign",
          "sign-up", "signup", "subscribe", "register", "join", "get", "don't", "never",
          "advertisement", "advertising", "advert", "ad", "sponsored", "paid", "story", "article",
          "scroll", "content");

  boolean isFurniture(String text) {
    String piece = text.strip();
    if (piece.isEmpty() || piece.length() > MAX_LENGTH) {
      return false;
    }
    String lower = piece.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (!FIRST_WORDS.contains(firstWord(lower))) {
      return false;
    }
    boolean reported = REPORTED.matcher(lower).find();
    for (Rule rule : RULES) {
      if ((!rule.unlessReported() || !reported) && rule.pattern().matcher(lower).matches()) {
        return true;
      }
    }
    return false;
  }

  private static String firstWord(String lower) {
    int end = 0;
    while (end < lower.length()) {
      char c = lower.charAt(end);
      if (!(Character.isLetter(c) || c == '-' || c == '\'')) {
        break;
      }
      end++;
    }
    return lower.substring(0, end);
  }

  /** A whole-piece pattern; {@code unlessReported}: prose with reported speech is never this furniture. */
  private record Rule(Pattern pattern, boolean unlessReported) {}

  private static Rule plain(String regex) {
    return new Rule(Pattern.compile(regex, Pattern.DOTALL), false);
  }

  private static Rule guarded(String regex) {
    return new Rule(Pattern.compile(regex, Pattern.DOTALL), true);
  }
}
