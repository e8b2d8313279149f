package io.newsflow.enrich.entity.tagger;

import io.newsflow.enrich.entity.gazetteer.Gazetteer;
import io.newsflow.enrich.entity.gazetteer.WordClasses;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns tokens into hashed feature keys. Static features depend only on the words of the sentence
 * and the document; dynamic ones on the tags already chosen (previous tags, and the types earlier
 * mentions of the same word were given in this document). The same code serves training and
 * tagging, so the two cannot drift apart. Immutable and thread-safe.
 */
public final class Features {
  // template ids: never renumber, they are part of the model file's meaning
  private static final int BIAS = 1, WORD = 2, LOWER = 3, SHAPE = 4, SHORT_SHAPE = 5;
  private static final int PREFIX = 6, SUFFIX = 7, WINDOW = 8, BIGRAM = 9, SHAPE_WINDOW = 10;
  private static final int SHAPE_TRIGRAM = 11, FLAGS = 12, FIRST_CAP = 13, CAPS_SENTENCE = 14;
  private static final int SEEN_LOWER = 15, SEEN_CAP = 16, PREV = 17, PREV_WORD = 19; // 18 was PREV2
  private static final int MEMORY = 20, MEMORY_SHAPE = 21, GAZ = 22, GAZ_WORD_SHAPE = 23;
  private static final int CLUSTER = 25, CLUSTER_SHAPE = 26, CLUSTER_WINDOW = 27;
  private static final int TYPED = 28, TYPED_SHAPE = 29, TYPED_WINDOW = 30, RUN_HEAD = 31;
  private static final int DOCUMENT_NAME = 34; // 32, 33: a dictionary's word casing (tried, dropped)
  private static final String[] POS = {"-2", "-1", "+1", "+2"};

  private static final long[] PREVIOUS_TAG_KEYS = new long[Tags.COUNT + 1];

  static {
    PREVIOUS_TAG_KEYS[0] = FeatureHash.of(PREV, "<s>");
    for (int t = 0; t < Tags.COUNT; t++) {
      PREVIOUS_TAG_KEYS[t + 1] = FeatureHash.of(PREV, Tags.name(t));
    }
  }

  private final Set<FeatureGroup> groups;
  private final Gazetteer gazetteer;
  private final WordClasses classes;
  private final Gazetteer typedNames;

  public Features(Set<FeatureGroup> groups, Gazetteer gazetteer, WordClasses classes) {
    this(groups, gazetteer, classes, null);
  }

  /**
   * @param typedNames names of people, organisations, places and events, for
   *     {@link FeatureGroup#TYPED_NAMES} and {@link FeatureGroup#DOCUMENT_NAMES}
   */
  public Features(Set<FeatureGroup> groups, Gazetteer gazetteer, WordClasses classes, Gazetteer typedNames) {
    this.groups = groups.isEmpty()
        ? java.util.EnumSet.noneOf(FeatureGroup.class)
        : java.util.EnumSet.copyOf(groups);
    this.gazetteer = gazetteer;
    this.classes = classes;
    this.typedNames = typedNames;
  }

  /** The words the word classes know: the tagger keeps per-word sums for them (see {@code WordTable}). */
  java.util.Set<String> vocabulary() {
    return classes == null ? Set.of() : classes.words();
  }

  public Set<FeatureGroup> groups() {
    return java.util.Collections.unmodifiableSet(groups);
  }

  private boolean on(FeatureGroup group) {
    return groups.contains(group);
  }

  /**
   * What the features know about the whole document: which words it uses lower- or upper-case, what
   * its fuller names say about their words ({@link #namesAround}), and the typed-name labels of its
   * sentences with case information, found once for both and kept by sentence (the very array).
   */
  public record DocumentContext(
      Set<String> seenLower, Set<String> seenCapitalised, Map<String, Set<String>> namesAround,
      Map<String[], String[][]> typedLabels) {
    public DocumentContext(Set<String> seenLower, Set<String> seenCapitalised) {
      this(seenLower, seenCapitalised, Map.of(), Map.of());
    }
  }

  public DocumentContext context(List<String[]> sentences) {
    return context(sentences, null);
  }

  /**
   * As {@link #context(List)}, with the sentences' {@link Word}s when the caller has them (the
   * tagger does): their lower-case forms and letter counts are then not computed again.
   */
  DocumentContext context(List<String[]> sentences, Word[][] forms) {
    Set<String> lower = new HashSet<>();
    Set<String> capitalised = new HashSet<>();
    // sentences in capitals (headlines) say nothing by their case: they are left out throughout
    List<String[]> withCase = new java.util.ArrayList<>(sentences.size());
    List<Word[]> formsWithCase = new java.util.ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      String[] words = sentences.get(s);
      if (!(forms == null ? mostlyUpperCase(words) : mostlyUpperCase(forms[s]))) {
        withCase.add(words);
        formsWithCase.add(forms == null ? null : forms[s]);
      }
    }
    for (int s = 0; s < withCase.size(); s++) {
      String[] words = withCase.get(s);
      Word[] ws = formsWithCase.get(s);
      for (int i = 0; i < words.length; i++) {
        String w = words[i];
        if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
          continue;
        }
        if (Character.isLowerCase(w.charAt(0))) {
          lower.add(w);
        } else if (i > 0 && !startsSentenceAfter(words[i - 1])) {
          capitalised.add(ws == null ? w.toLowerCase(Locale.ROOT) : ws[i].lowerText());
        }
      }
    }
    Map<String[], String[][]> typedLabels = new java.util.IdentityHashMap<>();
    List<String[]> lowerWithCase = new java.util.ArrayList<>(withCase.size());
    if (usesTypedNames()) {
      for (int s = 0; s < withCase.size(); s++) {
        Word[] ws = formsWithCase.get(s);
        String[] lowerWords = ws == null ? lowerWords(withCase.get(s)) : lowerWords(ws);
        lowerWithCase.add(lowerWords);
        typedLabels.put(withCase.get(s), labels(ws == null
            ? typedNames.annotate(lowerWords) : typedNames.annotate(lowerWords, typedStarts(ws))));
      }
    }
    return new DocumentContext(lower, capitalised, namesAround(withCase, lowerWithCase, typedLabels), typedLabels);
  }

  private static String[] lowerWords(String[] words) {
    String[] lower = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      lower[i] = normalise(words[i]).toLowerCase(Locale.ROOT);
    }
    return lower;
  }

  private static String[] lowerWords(Word[] words) {
    String[] lower = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      lower[i] = words[i].lower();
    }
    return lower;
  }

  /**
   * For each lower-cased word that is part of a multi-word capitalised run somewhere in the
   * document (sentences with case information only), what those runs say about it: its place in
   * the run ("at:B", "at:L"), the head word of the run ("head:cp.orgword" for "Magna International
   * Inc"), and whether the run starts with a known first name or title ("after:firstname" for the
   * "Duran" of "Roberto Duran"). Lets a lone "Magna" or "Duran" use the fuller mention.
   * {@code sentences} are those with case information, {@code lowerWords} their words in lower case.
   */
  private Map<String, Set<String>> namesAround(
      List<String[]> sentences, List<String[]> lowerWords, Map<String[], String[][]> typedLabels) {
    if (!on(FeatureGroup.DOCUMENT_NAMES) || typedNames == null) {
      return Map.of();
    }
    Map<String, Set<String>> out = new java.util.HashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      String[] words = sentences.get(s);
      String[][] typed = typedLabels.get(words);
      String[] heads = runHeads(words, typed);
      int i = 0;
      while (i < words.length) {
        int end = runEnd(words, i);
        if (end > i) {
          boolean firstName = false;
          for (String label : typed[i]) {
            firstName |= label.startsWith("cp.firstname") || label.startsWith("cp.honorific");
          }
          for (int j = i; j <= end; j++) {
            if (!capitalised(words[j])) {
              continue;
            }
            Set<String> about = out.computeIfAbsent(lowerWords.get(s)[j], x -> new HashSet<>());
            about.add(j == i ? "at:B" : j == end ? "at:L" : "at:I");
            if (heads[j] != null) {
              about.add("head:" + heads[j].substring(0, heads[j].indexOf(':')));
            }
            if (firstName && j > i) {
              about.add("after:firstname");
            }
          }
        }
        i = Math.max(end, i) + 1;
      }
    }
    return out;
  }

  private static boolean startsSentenceAfter(String previous) {
    return previous.equals("\"") || previous.equals("``") || previous.equals("(")
        || previous.equals("“") || previous.equals("-") || previous.equals(":");
  }

  /** Headlines like "SOCCER - JAPAN GET LUCKY WIN" carry no case information. */
  public static boolean mostlyUpperCase(String[] words) {
    int letters = 0;
    int upper = 0;
    for (String w : words) {
      letters += letters(w, false);
      upper += letters(w, true);
    }
    return mostlyUpperCase(letters, upper);
  }

  static boolean mostlyUpperCase(int letters, int upper) {
    return letters >= 6 && upper * 10 >= letters * 8;
  }

  /** How many letters the word has (only upper-case ones when {@code upper}). */
  static int letters(String word, boolean upper) {
    int n = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c) && (!upper || Character.isUpperCase(c))) {
        n++;
      }
    }
    return n;
  }

  /** The static features of every token of a sentence. */
  public long[][] staticFeatures(String[] words, DocumentContext context) {
    int n = words.length;
    Word[] forms = new Word[n];
    for (int i = 0; i < n; i++) {
      forms[i] = word(words[i]);
    }
    Sentence sentence = sentence(forms, context == null ? null : context.typedLabels().get(words));
    long[][] out = new long[n][];
    FeatureKeys keys = new FeatureKeys(160);
    for (int i = 0; i < n; i++) {
      keys.clear();
      tokenFeatures(sentence, i, context, Part.ALL, keys);
      out[i] = keys.toArray();
    }
    return out;
  }

  // --- The static features split by what they depend on, so that the tagger can sum the weights of
  // --- a word's own and window features once per word (WordTable) instead of once per token. Each
  // --- key is labelled with the offset of the one word it depends on (0 = the token's own word,
  // --- -2..+2 = a window neighbour, which may be past the sentence edge), or CONTEXT (several words,
  // --- the sentence or the document). A new template only has to be labelled right to be folded;
  // --- what a template uses of a word must come from Word (a function of the word's text alone).
  // --- ExactTaggingTest catches a wrong label (the fast path's sums would differ from these).

  /** The label of a feature that depends on more than one word. */
  static final int CONTEXT = Integer.MIN_VALUE;

  /** Which of a token's static features to produce. */
  enum Part { ALL, WORD_LOCAL, CONTEXT }

  /**
   * What the features use of one word: a function of the word alone, so it can be kept per word;
   * with the names of the gazetteer and of the typed-name lists that start with it (null when
   * none does or the list is not used), found once here instead of in every sentence.
   */
  record Word(String text, String norm, String lower, String lowerText, String shape, String shortShape,
      String[] classes, int letters, int upperLetters, Gazetteer.Starts gazetteerStarts,
      Gazetteer.Starts typedStarts, long[] keyStarts) {}

  // The word bigrams and the shape trigram are hashed in two parts (FeatureHash.begin, finish):
  // the part up to and with their first word is kept per Word in keyStarts, at these indices.
  private static final String[] BIGRAM_PLACES = {"-1", "+1", "-2-1", "+1+2"};
  private static final int SHAPE_TRIGRAM_START = BIGRAM_PLACES.length;
  private static final long[] SENTENCE_START = keyStarts("<s>", "<s>");
  private static final long[] SENTENCE_END = keyStarts("</s>", "</s>");

  private static long[] keyStarts(String lower, String shape) {
    long[] starts = new long[BIGRAM_PLACES.length + 1];
    for (int k = 0; k < BIGRAM_PLACES.length; k++) {
      starts[k] = FeatureHash.begin(BIGRAM, BIGRAM_PLACES[k], lower);
    }
    starts[SHAPE_TRIGRAM_START] = FeatureHash.begin(SHAPE_TRIGRAM, shape);
    return starts;
  }

  private static long[] keyStartsAt(Word[] ws, int i) {
    return i < 0 ? SENTENCE_START : i >= ws.length ? SENTENCE_END : ws[i].keyStarts();
  }

  // The capitalisation-in-context keys come from a handful of strings: hashed once, by
  // [first word][upper-case initial], [seen lower-case][upper-case initial] and
  // [seen capitalised][upper-case initial][sentence in capitals or first word].
  private static final long[][] FIRST_CAP_KEYS = new long[2][2];
  private static final long CAPS_SENTENCE_ON = FeatureHash.of(CAPS_SENTENCE, "on");
  private static final long[][] SEEN_LOWER_KEYS = new long[2][2];
  private static final long[][][] SEEN_CAP_KEYS = new long[2][2][2];

  static {
    for (int a = 0; a < 2; a++) {
      for (int b = 0; b < 2; b++) {
        String capital = b == 1 ? "C" : "c";
        FIRST_CAP_KEYS[a][b] = FeatureHash.of(FIRST_CAP, a == 1 ? "first" : "inner", capital);
        SEEN_LOWER_KEYS[a][b] = FeatureHash.of(SEEN_LOWER, a == 1 ? "y" : "n", capital);
        for (int c = 0; c < 2; c++) {
          SEEN_CAP_KEYS[a][b][c] = FeatureHash.of(SEEN_CAP, a == 1 ? "y" : "n", capital, c == 1 ? "i" : "m");
        }
      }
    }
  }

  private static int bit(boolean value) {
    return value ? 1 : 0;
  }

  /** A sentence's words and what the features compute once per sentence. */
  record Sentence(Word[] words, String[] gazetteer, boolean capitals, String[][] typed, String[] runHead) {
    Sentence(Word[] words, String[] gazetteer, boolean capitals) {
      this(words, gazetteer, capitals, null, null);
    }
  }

  Word word(String text) {
    String norm = normalise(text);
    String lower = norm.toLowerCase(Locale.ROOT);
    String lowerText = text.toLowerCase(Locale.ROOT);
    String shape = shape(text, 2);
    return new Word(text, norm, lower, lowerText.equals(lower) ? lower : lowerText, shape,
        shape(text, 1), on(FeatureGroup.CLUSTERS) ? classes.of(lower) : null,
        letters(text, false), letters(text, true),
        usesGazetteer() ? gazetteer.startsOf(lower) : null, usesTypedNames() ? typedNames.startsOf(lower) : null,
        keyStarts(lower, shape));
  }

  private boolean usesGazetteer() {
    return on(FeatureGroup.GAZETTEER) && gazetteer != null;
  }

  private boolean usesTypedNames() {
    return typedNames != null && (on(FeatureGroup.TYPED_NAMES) || on(FeatureGroup.DOCUMENT_NAMES));
  }

  Sentence sentence(Word[] words) {
    return sentence(words, null);
  }

  /** With the typed-name labels the document context already found for this sentence, if any. */
  Sentence sentence(Word[] words, String[][] knownTyped) {
    String[] lower = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      lower[i] = words[i].lower();
    }
    String[] gaz = usesGazetteer() ? gazetteer.annotate(lower, gazetteerStarts(words)) : null;
    boolean capitals = mostlyUpperCase(words);
    String[][] typed = !on(FeatureGroup.TYPED_NAMES) || typedNames == null ? null
        : knownTyped != null ? knownTyped : labels(typedNames.annotate(lower, typedStarts(words)));
    String[] runHead = null;
    if (typed != null && !capitals) {
      String[] text = new String[words.length];
      for (int i = 0; i < words.length; i++) {
        text[i] = words[i].text();
      }
      runHead = runHeads(text, typed);
    }
    return new Sentence(words, gaz, capitals, typed, runHead);
  }

  private static Gazetteer.Starts[] gazetteerStarts(Word[] words) {
    Gazetteer.Starts[] starts = new Gazetteer.Starts[words.length];
    for (int i = 0; i < words.length; i++) {
      starts[i] = words[i].gazetteerStarts();
    }
    return starts;
  }

  private static Gazetteer.Starts[] typedStarts(Word[] words) {
    Gazetteer.Starts[] starts = new Gazetteer.Starts[words.length];
    for (int i = 0; i < words.length; i++) {
      starts[i] = words[i].typedStarts();
    }
    return starts;
  }

  static boolean mostlyUpperCase(Word[] words) {
    int letters = 0;
    int upper = 0;
    for (Word w : words) {
      letters += w.letters();
      upper += w.upperLetters();
    }
    return mostlyUpperCase(letters, upper);
  }

  /** Token {@code i}'s static features, the {@code part} asked for, in the order training has always used. */
  void tokenFeatures(Sentence sentence, int i, DocumentContext context, Part part, FeatureKeys out) {
    boolean local = part != Part.CONTEXT;
    boolean whole = part != Part.WORD_LOCAL;
    Word[] ws = sentence.words();
    Word w = ws[i];
    if (local) {
      out.add(0, FeatureHash.of(BIAS));
      out.add(0, FeatureHash.of(WORD, w.norm()));
      out.add(0, FeatureHash.of(LOWER, w.lower()));
    }
    if (on(FeatureGroup.SHAPE)) {
      if (local) {
        out.add(0, FeatureHash.of(SHAPE, w.shape()));
        out.add(0, FeatureHash.of(SHORT_SHAPE, w.shortShape()));
        out.add(-1, FeatureHash.of(SHAPE_WINDOW, "-1", shapeAt(ws, i - 1)));
        out.add(1, FeatureHash.of(SHAPE_WINDOW, "+1", shapeAt(ws, i + 1)));
      }
      if (whole) {
        // = FeatureHash.of(SHAPE_TRIGRAM, shapeAt(ws, i - 1), w.shape(), shapeAt(ws, i + 1))
        long afterTwo = FeatureHash.then(keyStartsAt(ws, i - 1)[SHAPE_TRIGRAM_START], w.shape());
        out.add(CONTEXT, FeatureHash.finish(afterTwo, shapeAt(ws, i + 1)));
      }
      if (local) {
        out.add(0, FeatureHash.of(FLAGS, flags(w.text())));
      }
    }
    if (local && on(FeatureGroup.AFFIXES)) {
      String l = w.lower();
      for (int len = 1; len <= 4 && len < l.length(); len++) {
        out.add(0, FeatureHash.of(PREFIX, l, 0, len));
        out.add(0, FeatureHash.of(SUFFIX, l, l.length() - len, l.length()));
      }
    }
    if (on(FeatureGroup.WINDOW)) {
      if (local) {
        out.add(-2, FeatureHash.of(WINDOW, POS[0], lowerAt(ws, i - 2)));
        out.add(-1, FeatureHash.of(WINDOW, POS[1], lowerAt(ws, i - 1)));
        out.add(1, FeatureHash.of(WINDOW, POS[2], lowerAt(ws, i + 1)));
        out.add(2, FeatureHash.of(WINDOW, POS[3], lowerAt(ws, i + 2)));
      }
      if (whole) {
        // = FeatureHash.of(BIGRAM, BIGRAM_PLACES[k], first word, second word), the first one's part kept
        out.add(CONTEXT, FeatureHash.finish(keyStartsAt(ws, i - 1)[0], w.lower()));
        out.add(CONTEXT, FeatureHash.finish(w.keyStarts()[1], lowerAt(ws, i + 1)));
        out.add(CONTEXT, FeatureHash.finish(keyStartsAt(ws, i - 2)[2], lowerAt(ws, i - 1)));
        out.add(CONTEXT, FeatureHash.finish(keyStartsAt(ws, i + 1)[3], lowerAt(ws, i + 2)));
      }
    }
    if (whole && on(FeatureGroup.CAPS_CONTEXT)) {
      boolean caps = sentence.capitals();
      String text = w.text();
      int upper = bit(Character.isUpperCase(text.isEmpty() ? 'a' : text.charAt(0)));
      out.add(CONTEXT, FIRST_CAP_KEYS[bit(i == 0)][upper]);
      if (caps) {
        out.add(CONTEXT, CAPS_SENTENCE_ON);
        out.add(CONTEXT, FeatureHash.of(CAPS_SENTENCE, w.lower()));
      }
      if (context != null) {
        boolean seenLower = context.seenLower().contains(w.lowerText());
        boolean seenCap = context.seenCapitalised().contains(w.lowerText());
        out.add(CONTEXT, SEEN_LOWER_KEYS[bit(seenLower)][upper]);
        out.add(CONTEXT, SEEN_CAP_KEYS[bit(seenCap)][upper][bit(caps || i == 0)]);
      }
    }
    String[] gaz = sentence.gazetteer();
    if (whole && gaz != null && gaz[i] != null) {
      for (String g : gaz[i].split(" ")) {
        out.add(CONTEXT, FeatureHash.of(GAZ, g));
        out.add(CONTEXT, FeatureHash.of(GAZ_WORD_SHAPE, g, w.shortShape()));
      }
      out.add(CONTEXT, FeatureHash.of(GAZ, "-1", at(gaz, i - 1)));
      out.add(CONTEXT, FeatureHash.of(GAZ, "+1", at(gaz, i + 1)));
    }
    if (local && on(FeatureGroup.CLUSTERS)) {
      String[] cls = w.classes();
      String fine = cls == null ? "?" : cls[1];
      out.add(0, FeatureHash.of(CLUSTER, "c", cls == null ? "?" : cls[0]));
      out.add(0, FeatureHash.of(CLUSTER, "f", fine));
      out.add(0, FeatureHash.of(CLUSTER_SHAPE, fine, w.shortShape()));
      out.add(-1, FeatureHash.of(CLUSTER_WINDOW, "-1", i == 0 ? "<s>" : fineClassOf(ws[i - 1])));
      out.add(1, FeatureHash.of(CLUSTER_WINDOW, "+1", i + 1 >= ws.length ? "</s>" : fineClassOf(ws[i + 1])));
      if (cls != null) {
        out.add(0, FeatureHash.of(CLUSTER, "ff", cls[2]));
      }
    }
    if (whole && sentence.typed() != null) {
      typedNameFeatures(sentence, i, out);
    }
    if (whole && context != null && !context.namesAround().isEmpty() && capitalised(w.text())) {
      Set<String> about = context.namesAround().get(w.lower());
      if (about != null) {
        for (String a : about) {
          out.add(CONTEXT, FeatureHash.of(DOCUMENT_NAME, a));
        }
      }
    }
  }

  private static final int MAX_TYPED_LABELS = 12;
  private static final String[] NO_LABELS = {};

  private static String[][] labels(String[] annotations) {
    String[][] out = new String[annotations.length][];
    for (int i = 0; i < out.length; i++) {
      out[i] = annotations[i] == null ? NO_LABELS : annotations[i].split(" ");
      if (out[i].length > MAX_TYPED_LABELS) {
        out[i] = Arrays.copyOf(out[i], MAX_TYPED_LABELS);
      }
    }
    return out;
  }

  /**
   * For each word inside a run of capitalised words ("Deutsche Morgan Grenfell Group", "Bank of
   * England": lower-case "of", "for", "de" and "&" may join two capitalised words, not "and", which
   * more often lists two names), the typed-name labels of the run's last word when they mark the
   * head of an organisation or place name ("cp.orgword", "cp.placeword"), with the word's place in
   * the run; else null.
   */
  private static String[] runHeads(String[] words, String[][] typed) {
    int n = words.length;
    String[] out = new String[n];
    int i = 0;
    while (i < n) {
      if (!capitalised(words[i])) {
        i++;
        continue;
      }
      int end = runEnd(words, i);
      String heads = null;
      for (String label : typed[end]) {
        if (label.startsWith("cp.orgword") || label.startsWith("cp.placeword")) {
          String head = label.substring(0, label.indexOf(':'));
          heads = heads == null ? head : heads + "+" + head;
        }
      }
      if (heads != null && end > i) {
        for (int j = i; j <= end; j++) {
          out[j] = heads + (j == i ? ":B" : j == end ? ":L" : ":I");
        }
      }
      i = end + 1;
    }
    return out;
  }

  /** The last word (inclusive) of the capitalised run starting at the capitalised word {@code i}. */
  private static int runEnd(String[] words, int i) {
    if (!capitalised(words[i])) {
      return i - 1;
    }
    int n = words.length;
    int end = i;
    while (end + 1 < n && (capitalised(words[end + 1])
        || end + 2 < n && joins(words[end + 1]) && capitalised(words[end + 2]))) {
      end += capitalised(words[end + 1]) ? 1 : 2;
    }
    return end;
  }

  private static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  private static boolean joins(String word) {
    return word.equals("of") || word.equals("for") || word.equals("&") || word.equals("de");
  }

  /** Typed-name labels of the word and its neighbours, and the head of its capitalised run: several words. */
  private static void typedNameFeatures(Sentence sentence, int i, FeatureKeys out) {
    String[][] typed = sentence.typed();
    String shortShape = sentence.words()[i].shortShape();
    for (String label : typed[i]) {
      out.add(CONTEXT, FeatureHash.of(TYPED, label));
      out.add(CONTEXT, FeatureHash.of(TYPED_SHAPE, label, shortShape));
    }
    if (i > 0) {
      for (String label : typed[i - 1]) {
        out.add(CONTEXT, FeatureHash.of(TYPED_WINDOW, "-1", label));
      }
    }
    if (i + 1 < typed.length) {
      for (String label : typed[i + 1]) {
        out.add(CONTEXT, FeatureHash.of(TYPED_WINDOW, "+1", label));
      }
    }
    String[] runHead = sentence.runHead();
    if (runHead != null && runHead[i] != null) {
      out.add(CONTEXT, FeatureHash.of(RUN_HEAD, runHead[i]));
    }
  }

  private static String fineClassOf(Word w) {
    return w.classes() == null ? "?" : w.classes()[1];
  }

  private static String lowerAt(Word[] ws, int i) {
    return i < 0 ? "<s>" : i >= ws.length ? "</s>" : ws[i].lower();
  }

  private static String shapeAt(Word[] ws, int i) {
    return i < 0 ? "<s>" : i >= ws.length ? "</s>" : ws[i].shape();
  }

  /** Whether the decoder keeps a document memory at all. */
  boolean usesMemory() {
    return on(FeatureGroup.DOCUMENT_MEMORY);
  }

  /**
   * The memory features of a word given {@code type} (-1 = O) earlier; returns the new length. They
   * use only the word's short shape, which lets the tagger keep their sums per shape.
   */
  int memoryFeatures(long[] out, int offset, int type, String shortShape) {
    String t = type < 0 ? "O" : Tags.TYPES[type];
    out[offset] = FeatureHash.of(MEMORY, t);
    out[offset + 1] = FeatureHash.of(MEMORY_SHAPE, t, shortShape);
    return offset + 2;
  }

  /** Whether {@link #remember} keeps this word's type (capitalised words, when memory is on). */
  boolean remembers(String word) {
    return on(FeatureGroup.DOCUMENT_MEMORY) && !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  /** Writes the document-memory features of a word into {@code out} from {@code offset}; returns the new length. */
  public int memoryFeatures(long[] out, int offset, String word, Map<String, Integer> memory) {
    int k = offset;
    if (on(FeatureGroup.DOCUMENT_MEMORY) && memory != null) {
      Integer type = memory.get(memoryKey(word));
      if (type != null) {
        k = memoryFeatures(out, k, type, shape(word, 1));
      }
    }
    return k;
  }

  /** A key for the word's transition features, hashed once per token (0 when the group is off). */
  public long transitionWordKey(String word) {
    return on(FeatureGroup.PREVIOUS_TAGS)
        ? FeatureHash.of(PREV_WORD, normalise(word).toLowerCase(Locale.ROOT))
        : 0;
  }

  /**
   * The features of a tag transition: the previous tag alone and with the current word (-1 = the
   * sentence start), the word given by {@link #transitionWordKey}. Writes them into {@code out};
   * returns how many (0 when the group is off).
   */
  public int transitionFeatures(long[] out, int previous, long wordKey) {
    if (!on(FeatureGroup.PREVIOUS_TAGS)) {
      return 0;
    }
    out[0] = PREVIOUS_TAG_KEYS[previous + 1];
    out[1] = FeatureHash.combine(wordKey, previous + 1);
    return 2;
  }

  /** Only the previous-tag feature, which does not depend on the word. */
  public int previousTagFeature(long[] out, int previous) {
    if (!on(FeatureGroup.PREVIOUS_TAGS)) {
      return 0;
    }
    out[0] = PREVIOUS_TAG_KEYS[previous + 1];
    return 1;
  }

  /** Only the previous-tag-and-word feature. */
  public int previousTagWordFeature(long[] out, int previous, long wordKey) {
    if (!on(FeatureGroup.PREVIOUS_TAGS)) {
      return 0;
    }
    out[0] = FeatureHash.combine(wordKey, previous + 1);
    return 1;
  }

  /** Remembers the type a capitalised word was given, for later mentions in the document. */
  public void remember(Map<String, Integer> memory, String word, int tag) {
    if (remembers(word)) {
      memory.put(memoryKey(word), Tags.type(tag));
    }
  }

  static String memoryKey(String word) {
    return normalise(word).toLowerCase(Locale.ROOT);
  }

  private static String at(String[] values, int i) {
    if (i < 0) {
      return "<s>";
    }
    if (i >= values.length) {
      return "</s>";
    }
    return values[i] == null ? "-" : values[i];
  }

  /** Folds typographic quotes to ASCII and digits to 0, so "1996" and "2021" look alike. */
  static String normalise(String word) {
    StringBuilder sb = null;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      char r = switch (c) {
        case '’', '‘', '`' -> '\'';
        case '“', '”' -> '"';
        default -> Character.isDigit(c) ? '0' : c;
      };
      if (r != c && sb == null) {
        sb = new StringBuilder(word.substring(0, i));
      }
      if (sb != null) {
        sb.append(r);
      }
    }
    return sb == null ? word : sb.toString();
  }

  /** "Blinken" -> "Xxx" (runs capped at {@code maxRun}), "U.S." -> "X.X.", "1996" -> "dd". */
  static String shape(String word, int maxRun) {
    StringBuilder sb = new StringBuilder(Math.min(word.length(), 12));
    char last = 0;
    int run = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      char s = Character.isUpperCase(c) ? 'X'
          : Character.isLowerCase(c) ? 'x'
          : Character.isDigit(c) ? 'd'
          : Character.isLetter(c) ? 'l'
          : c;
      run = s == last ? run + 1 : 1;
      last = s;
      if (run <= maxRun) {
        sb.append(s);
      }
    }
    return sb.toString();
  }

  private static String flags(String word) {
    boolean digit = false, hyphen = false, dot = false, upper = false, lower = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      digit |= Character.isDigit(c);
      hyphen |= c == '-';
      dot |= c == '.';
      upper |= Character.isUpperCase(c);
      lower |= Character.isLowerCase(c);
    }
    return FLAG_NAMES[(digit ? 1 : 0) | (hyphen ? 2 : 0) | (dot ? 4 : 0) | (upper ? 8 : 0)
        | (lower ? 16 : 0) | (word.length() > 4 ? 32 : 0)];
  }

  /** Every combination of {@link #flags} once, so that tagging does not build the same strings again. */
  private static final String[] FLAG_NAMES = new String[64];

  static {
    for (int m = 0; m < 64; m++) {
      FLAG_NAMES[m] = ((m & 1) != 0 ? "d" : "") + ((m & 2) != 0 ? "h" : "") + ((m & 4) != 0 ? "." : "")
          + ((m & 8) != 0 ? "U" : "") + ((m & 16) != 0 ? "l" : "") + ((m & 32) != 0 ? "L" : "S");
    }
  }
}
