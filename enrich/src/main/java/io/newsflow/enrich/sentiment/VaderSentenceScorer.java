package io.newsflow.enrich.sentiment;

/**
 * VADER (Hutto &amp; Gilbert 2014, "VADER: A Parsimonious Rule-based Model for Sentiment Analysis
 * of Social Media Text"), written afresh from the paper's published rules:
 *
 * <ol>
 *   <li>each token takes its lexicon valence (-4..+4);
 *   <li>a word in ALL CAPS among mixed-case words is emphasised by 0.733;
 *   <li>boosters and dampeners ("very", "slightly") up to three words before shift it by 0.293, a
 *       little less the further away they are;
 *   <li>a negation ("not", "isn't", "never", "without") up to three words before flips and damps it
 *       (x -0.74), except in "never so/this ..." (intensifies) and "without doubt" (kept);
 *   <li>"least" before a word flips it, except in "at least" / "very least";
 *   <li>"but" halves what comes before it and weighs what follows by 1.5;
 *   <li>a few idioms override their words ("kiss of death", "yeah right");
 *   <li>'!' (up to four) and '??' push the sum away from zero;
 *   <li>compound = sum / sqrt(sum^2 + 15), in [-1, 1].
 * </ol>
 *
 * Thread-safe and allocation-light; build one and share it.
 */
public final class VaderSentenceScorer implements SentenceScorer {
  static final double BOOST = 0.293;
  static final double CAPS = 0.733;
  static final double NEGATION = -0.74;
  static final double ALPHA = 15.0;
  private static final double[] DISTANCE_DAMPING = {1.0, 0.95, 0.9};

  private final VaderLexicon lexicon;

  private final boolean leastIsSentiment;

  public VaderSentenceScorer(VaderLexicon lexicon) {
    this.lexicon = lexicon;
    this.leastIsSentiment = lexicon.contains("least");
  }

  /** A scorer over the lexicon shipped on the classpath. */
  public static VaderSentenceScorer load() {
    return new VaderSentenceScorer(VaderLexicon.load());
  }

  VaderLexicon lexicon() {
    return lexicon;
  }

  @Override
  public double score(String sentence) {
    return analyze(sentence).compound();
  }

  public VaderScores analyze(String sentence) {
    if (sentence == null || sentence.isEmpty()) {
      return VaderScores.EMPTY;
    }
    return analyze(sentence, VaderTokens.of(sentence, lexicon));
  }

  VaderScores analyze(String sentence, VaderTokens tokens) {
    double[] valences = valences(tokens);
    double sum = 0;
    for (double v : valences) {
      sum += v;
    }
    if (tokens.size() == 0) {
      return VaderScores.EMPTY;
    }
    double emphasis = punctuationEmphasis(sentence);
    double total = sum == 0 ? 0 : sum + Math.copySign(emphasis, sum);
    double compound = clamp(total / Math.sqrt(total * total + ALPHA));

    double pos = 0;
    double neg = 0;
    int neu = 0;
    double positiveSum = 0;
    double negativeSum = 0;
    for (double v : valences) {
      if (v > 0) {
        pos += v + 1; // the +1/-1 counts the word itself next to neutral ones
        positiveSum += v;
      } else if (v < 0) {
        neg += v - 1;
        negativeSum += v;
      } else {
        neu++;
      }
    }
    if (pos > -neg) {
      pos += emphasis;
    } else if (pos < -neg) {
      neg -= emphasis;
    }
    double all = pos - neg + neu;
    return new VaderScores(
        compound,
        pos / all,
        -neg / all,
        neu / all,
        total,
        positiveSum,
        negativeSum,
        valences.length);
  }

  /** Each token's valence after the rules; 0 for tokens the lexicon does not know. */
  double[] valences(VaderTokens tokens) {
    String[] words = tokens.words();
    String[] lower = tokens.lower();
    int[] rules = tokens.rules();
    int n = lower.length;
    boolean capsDiffer = capsDiffer(words);
    double[] valences = new double[n];
    int but = -1;
    for (int i = 0; i < n; i++) {
      String w = lower[i];
      if (but < 0 && w.equals("but")) {
        but = i;
      }
      int idiomLength = (rules[i] & VaderWords.ENDS_IDIOM) == 0 ? 0 : idiomEndingAt(lower, i);
      if (idiomLength > 0) {
        valences[i] = VaderWords.IDIOMS.get(phrase(lower, i - idiomLength + 1, i));
        for (int k = i - idiomLength + 1; k < i; k++) {
          valences[k] = 0; // "kiss of death" is not also a kiss
        }
        continue;
      }
      if (!tokens.known(i) || VaderWords.direction(rules[i]) != 0) {
        continue;
      }
      if (w.equals("kind") && i + 1 < n && lower[i + 1].equals("of")) {
        continue; // "kind of" dampens; it is not kindness
      }
      if (w.equals("no") && i + 1 < n && tokens.known(i + 1)) {
        continue; // "no" negates the next word rather than being negative itself
      }
      double v = tokens.valences()[i];
      if (capsDiffer && VaderTokens.isAllCaps(words[i])) {
        v += Math.copySign(CAPS, v);
      }
      if (precededByNo(lower, i)) {
        v *= NEGATION;
      }
      for (int d = 1; d <= 3 && d <= i; d++) {
        if (tokens.known(i - d)) {
          continue;
        }
        v += booster(words[i - d], rules[i - d], v, capsDiffer) * DISTANCE_DAMPING[d - 1];
        v = negate(v, lower, rules[i - d], i, d);
      }
      v = dampeningPhrase(v, lower, i);
      valences[i] = least(v, lower, i);
    }
    if (but >= 0) {
      for (int i = 0; i < n; i++) {
        if (i < but) {
          valences[i] *= 0.5;
        } else if (i > but) {
          valences[i] *= 1.5;
        }
      }
    }
    return valences;
  }

  private static boolean capsDiffer(String[] words) {
    int caps = 0;
    for (String word : words) {
      if (VaderTokens.isAllCaps(word)) {
        caps++;
      }
    }
    return caps > 0 && caps < words.length;
  }

  private static double booster(String word, int rules, double valence, boolean capsDiffer) {
    int direction = VaderWords.direction(rules);
    if (direction == 0 || valence == 0) {
      return 0;
    }
    double scalar = direction * BOOST;
    if (valence < 0) {
      scalar = -scalar;
    }
    if (capsDiffer && VaderTokens.isAllCaps(word)) {
      scalar += Math.copySign(CAPS, valence);
    }
    return scalar;
  }

  private static boolean precededByNo(String[] lower, int i) {
    return (i > 0 && lower[i - 1].equals("no"))
        || (i > 1 && lower[i - 2].equals("no"))
        || (i > 2
            && lower[i - 3].equals("no")
            && (lower[i - 1].equals("or") || lower[i - 1].equals("nor")));
  }

  /** The negation rule for the word {@code d} places before {@code i}. */
  private static double negate(double v, String[] lower, int farRules, int i, int d) {
    if ((farRules & VaderWords.NEGATES) == 0) {
      return v; // nor is it "never" or "without": most words, told without looking at the window
    }
    String far = lower[i - d];
    if (d >= 2) {
      boolean soOrThis = false;
      boolean doubt = false;
      for (int k = i - d + 1; k < i; k++) {
        soOrThis |= lower[k].equals("so") || lower[k].equals("this");
        doubt |= lower[k].equals("doubt");
      }
      if (far.equals("never") && soOrThis) {
        return v * 1.25; // "never so good": emphasis, not negation
      }
      if (far.equals("without") && doubt) {
        return v; // "without doubt the best"
      }
    }
    return v * NEGATION;
  }

  /** The length (2-4 words) of the idiom ending at {@code i}, a last word of one, or 0. */
  private static int idiomEndingAt(String[] lower, int i) {
    for (int length = 4; length >= 2; length--) {
      if (i - length + 1 >= 0 && VaderWords.IDIOMS.containsKey(phrase(lower, i - length + 1, i))) {
        return length;
      }
    }
    return 0;
  }

  private static String phrase(String[] lower, int from, int to) {
    StringBuilder s = new StringBuilder(lower[from]);
    for (int k = from + 1; k <= to; k++) {
      s.append(' ').append(lower[k]);
    }
    return s.toString();
  }

  /** "kind of", "sort of", "just enough" one or two words before dampen like "slightly". */
  private static double dampeningPhrase(double v, String[] lower, int i) {
    if (!(i >= 2 && (endsPhrase(lower[i - 1]) || endsPhrase(lower[i - 2])))) {
      return v; // the common case, without building strings
    }
    if ((i >= 3 && isDampeningPhrase(lower[i - 3], lower[i - 2]))
        || isDampeningPhrase(lower[i - 2], lower[i - 1])) {
      return v + Math.copySign(BOOST, -v);
    }
    return v;
  }

  private static boolean endsPhrase(String w) {
    return w.equals("of") || w.equals("enough");
  }

  /**
   * Whether two words are a two-word dampener, "kind of", "sort of" or "just enough": compared word
   * by word, as "of" is common enough that joining them to look the pair up in a set was 4% of the
   * news scorer's time.
   */
  private static boolean isDampeningPhrase(String first, String second) {
    return second.equals("of")
        ? first.equals("kind") || first.equals("sort")
        : second.equals("enough") && first.equals("just");
  }

  private double least(double v, String[] lower, int i) {
    if (i > 0 && lower[i - 1].equals("least") && !leastIsSentiment) {
      if (i == 1 || !(lower[i - 2].equals("at") || lower[i - 2].equals("very"))) {
        return v * NEGATION;
      }
    }
    return v;
  }

  /** Up to four '!' add 0.292 each; two or three '?' add 0.18 each, more add 0.96. */
  static double punctuationEmphasis(String text) {
    int exclamations = 0;
    int questions = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '!') {
        exclamations++;
      } else if (c == '?') {
        questions++;
      }
    }
    double emphasis = Math.min(exclamations, 4) * 0.292;
    if (questions > 1) {
      emphasis += questions <= 3 ? questions * 0.18 : 0.96;
    }
    return emphasis;
  }

  public static double clamp(double x) {
    return Math.max(-1.0, Math.min(1.0, x));
  }
}
