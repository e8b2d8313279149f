package io.newsflow.common.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognizes a piece of text that is, in full, site furniture rather than article prose. Every rule
 * matches the whole piece (anchored, with a length cap), never a phrase inside prose: "The
 * regulator said the website uses cookies to track readers" is news, "This website uses cookies to
 * improve your experience. Accept" is a banner.
 */
final class Furniture {
  /** Furniture is short; longer text is prose even if it starts like a banner. */
  static final int MAX_LENGTH = 400;

  private static final String END = "[\\s.!?:…»›→>|\\-–—]*";

  /** Reported speech marks prose: a banner or a sign-up prompt never says who said what. */
  private static final Pattern REPORTED =
      Pattern.compile("\\b(said|says|told|according to|announced|reported|claimed|wrote)\\b");

  /**
   * The buttons of a share row: networks, email, print (longer names first: the groups are atomic).
   */
  private static final String BUTTON_NAME =
      "(?>facebook messenger|facebook|twitter|x \\(formerly twitter\\)|x|linkedin|whatsapp|email|e-mail|mail|sms|pinterest|reddit"
          + "|telegram|messenger|instagram|threads|bluesky|mastodon|tumblr|flipboard|google\\+?|print|copy link)";

  /**
   * Where a share or follow prompt sends the reader: a button's network, or friends and followers.
   */
  private static final String CHANNEL =
      "(?>"
          + BUTTON_NAME
          + "|social media|social networks?|(a |your )?friends|(a |your )?friend|(your )?followers)";

  /**
   * What separates the parts of a row ("Facebook | X, LinkedIn and Email"). Possessive, and every
   * part atomic, so a long piece that is not a prompt is rejected in one pass, not by trying every
   * way of splitting it.
   */
  private static final String SEP = "(?:[\\s,|/·•.!?:…»›→>\\-–—&]|(?<=\\s)(?:and|or)(?=\\s))++";

  /** What is shared: never "the" alone, which starts too many sentences of prose. */
  private static final String SHARED_THING =
      "( (this|the|our) (article|story|post|page|video|link|piece|gallery|report|photos|photo)| this| (article|story|post|page|video|link))";

  private static final String VERB = "(share|tweet|email|e-mail|post|pin|send|print)";

  /** One prompt: an optional "click here to", the verb, what is shared, where to. */
  private static final String SHARE_PROMPT =
      "(?>((click|tap|press)( here)? to )?"
          + "("
          + VERB
          + "("
          + SHARED_THING
          + "| it)?( (on|via|to|with|by|through|using) "
          + CHANNEL
          + ")"
          + "|"
          + VERB
          + SHARED_THING
          + "|share it|share|tweet)"
          + "( \\((opens )?in (a )?new (window|tab)\\))?)";

  /**
   * A prompt, then any more prompts or channels ("Share this: Facebook | X", "Share on X Share on
   * Facebook").
   */
  private static final String SHARE_ROW =
      SHARE_PROMPT + "(" + SEP + "(?>" + SHARE_PROMPT + "|" + CHANNEL + "))*+" + END;

  /** Buttons alone, two or more: "Facebook Twitter WhatsApp Email". */
  private static final String BUTTON_ROW =
      "(?>" + BUTTON_NAME + "|share|tweet)(" + SEP + "(?>" + BUTTON_NAME + "|share|tweet))++" + END;

  private static final List<Rule> RULES =
      List.of(
          // cookie banners: the opening every consent tool uses, and a consent word in the rest
          guarded(
              "(this (web)?site|this page|our (web)?site|we|we and our partners|by (continuing|using) (to (use|browse) )?(this|our) (web)?site,?( you)?)"
                  + " (uses?|use|stores?|agree to( the use of)?|accept the use of|consent to( the use of)?) (cookies|cookie)"
                  + ".*\\b(accept|agree|consent|opt[- ]out|ok|got it|settings|preferences|privacy|experience|more information|learn more|cookie policy)\\b.*"),
          plain("(accept|reject|allow|manage) (all )?cookies" + END),
          plain(
              "(cookie (settings|preferences|policy)|privacy policy)( (and|&|\\|) (cookie (settings|preferences|policy)|privacy policy))*"
                  + END),
          // "Read more" and friends, alone or as a link to another story
          plain(
              "(read more|read the full (story|article)|read full (story|article)|continue reading|click here to read more|keep reading|read on"
                  + "|related( articles| stories| coverage| content)?|most read|more stories|recommended( for you)?)"
                  + "( (here|below|on [^.!?]{1,40}))?"
                  + END),
          plain(
              "(read more|also read|read also|related|see also|recommended|most read|related articles?|related stories|more on this story):\\s?[^\\n]{0,160}"),
          // share prompts, built from their parts so that any combination is one: "Share",
          // "Share this article", "Share on Facebook", "Share this article on Facebook",
          // "Click here to share", "Email this story to a friend", "Tweet this", then any row of
          // buttons after them ("Share this: Facebook | X | Email")
          plain(SHARE_ROW),
          guarded("follow us( on [^\\n]{1,100})?" + END),
          plain("follow (us|@\\w{1,30})( on| via)? " + CHANNEL + "(" + SEP + CHANNEL + ")*+" + END),
          plain(BUTTON_ROW),
          // newsletter footers and sign-up prompts
          guarded(
              "(sign up|sign-up|signup|subscribe|register|join|get|don't miss|never miss)\\b( now| today| free| here)?( to| for)?"
                  + " (our|my|the|a|this|free)\\b.{0,80}\\b(newsletters?|inbox|daily briefing|morning briefing|email updates|e-mail updates)\\b.{0,160}"),
          plain("(subscribe( now| today)?|sign up( now| today)?)" + END),
          // advertising slots
          plain(
              "(advertisement|advertising|advert|ad|sponsored|sponsored content|paid content|story continues below( this)? advertisement|article continues below( this)?( advertisement| ad)?|scroll to continue with content|content continues below)"
                  + END));

  /**
   * Every rule is anchored at the start, so a piece can only be furniture if it starts with one of
   * these words: a cheap test that spares the patterns nearly every sentence of prose.
   */
  private static final Set<String> FIRST_WORDS =
      Set.of(
          "this",
          "our",
          "we",
          "by",
          "accept",
          "reject",
          "allow",
          "manage",
          "cookie",
          "privacy",
          "read",
          "continue",
          "click",
          "keep",
          "also",
          "related",
          "see",
          "recommended",
          "most",
          "more",
          "share",
          "tweet",
          "email",
          "e-mail",
          "copy",
          "follow",
          "tap",
          "press",
          "post",
          "pin",
          "send",
          "mail",
          "sms",
          "instagram",
          "threads",
          "bluesky",
          "mastodon",
          "tumblr",
          "flipboard",
          "google",
          "facebook",
          "twitter",
          "x",
          "linkedin",
          "whatsapp",
          "pinterest",
          "reddit",
          "telegram",
          "print",
          "messenger",
          "sign",
          "sign-up",
          "signup",
          "subscribe",
          "register",
          "join",
          "get",
          "don't",
          "never",
          "advertisement",
          "advertising",
          "advert",
          "ad",
          "sponsored",
          "paid",
          "story",
          "article",
          "scroll",
          "content");

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

  /**
   * A whole-piece pattern; {@code unlessReported}: prose with reported speech is never this
   * furniture.
   */
  private record Rule(Pattern pattern, boolean unlessReported) {}

  private static Rule plain(String regex) {
    return new Rule(Pattern.compile(regex, Pattern.DOTALL), false);
  }

  private static Rule guarded(String regex) {
    return new Rule(Pattern.compile(regex, Pattern.DOTALL), true);
  }
}
