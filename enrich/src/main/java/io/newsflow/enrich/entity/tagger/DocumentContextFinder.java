package io.newsflow.enrich.entity.tagger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a whole document for its {@link DocumentContext}: the words it writes in lower case and
 * capitalised inside sentences, the typed-name labels of its sentences, and what its multi-word
 * names say about their words. Sentences in capitals (headlines) say nothing by their case: they
 * are left out throughout. Immutable.
 */
final class DocumentContextFinder {
  private final WordAnalyser analyser;
  private final boolean findsNames;

  /**
   * {@code findsNames}: whether to find {@link DocumentContext#namesAround} (needs typed names).
   */
  DocumentContextFinder(WordAnalyser analyser, boolean findsNames) {
    this.analyser = analyser;
    this.findsNames = findsNames;
  }

  /**
   * The context of these sentences, with their {@link WordForm}s when the caller has them (the
   * tagger does; else null): their lower-case forms and letter counts are then not computed again.
   */
  DocumentContext find(List<String[]> sentences, WordForm[][] forms) {
    Set<String> lower = new HashSet<>();
    Set<String> capitalised = new HashSet<>();
    List<String[]> withCase = new ArrayList<>(sentences.size());
    List<WordForm[]> formsWithCase = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      String[] words = sentences.get(s);
      if (!(forms == null
          ? WordShapes.mostlyUpperCase(words)
          : WordShapes.mostlyUpperCase(forms[s]))) {
        withCase.add(words);
        formsWithCase.add(forms == null ? null : forms[s]);
      }
    }
    for (int s = 0; s < withCase.size(); s++) {
      String[] words = withCase.get(s);
      WordForm[] ws = formsWithCase.get(s);
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
    Map<String[], String[][]> typedLabels = new IdentityHashMap<>();
    List<String[]> lowerWithCase = new ArrayList<>(withCase.size());
    if (analyser.usesTypedNames()) {
      for (int s = 0; s < withCase.size(); s++) {
        WordForm[] ws = formsWithCase.get(s);
        String[] lowerWords = ws == null ? lowerWords(withCase.get(s)) : lowerWords(ws);
        lowerWithCase.add(lowerWords);
        typedLabels.put(
            withCase.get(s),
            ws == null ? analyser.typedLabels(lowerWords) : analyser.typedLabels(lowerWords, ws));
      }
    }
    return new DocumentContext(
        lower, capitalised, namesAround(withCase, lowerWithCase, typedLabels), typedLabels);
  }

  private static String[] lowerWords(String[] words) {
    String[] lower = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      lower[i] = WordShapes.normalise(words[i]).toLowerCase(Locale.ROOT);
    }
    return lower;
  }

  private static String[] lowerWords(WordForm[] words) {
    String[] lower = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      lower[i] = words[i].lower();
    }
    return lower;
  }

  /**
   * For each lower-cased word that is part of a multi-word capitalised run somewhere in the
   * document (sentences with case information only), what those runs say about it: its place in the
   * run ("at:B", "at:L"), the head word of the run ("head:cp.orgword" for "Magna International
   * Inc"), and whether the run starts with a known first name or title ("after:firstname" for the
   * "Duran" of "Roberto Duran"). Lets a lone "Magna" or "Duran" use the fuller mention. {@code
   * sentences} are those with case information, {@code lowerWords} their words in lower case.
   */
  private Map<String, Set<String>> namesAround(
      List<String[]> sentences, List<String[]> lowerWords, Map<String[], String[][]> typedLabels) {
    if (!findsNames) {
      return Map.of();
    }
    Map<String, Set<String>> out = new HashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      String[] words = sentences.get(s);
      String[][] typed = typedLabels.get(words);
      String[] heads = CapitalisedRuns.heads(words, typed);
      int i = 0;
      while (i < words.length) {
        int end = CapitalisedRuns.end(words, i);
        if (end > i) {
          boolean firstName = false;
          for (String label : typed[i]) {
            firstName |= label.startsWith("cp.firstname") || label.startsWith("cp.honorific");
          }
          for (int j = i; j <= end; j++) {
            if (!WordShapes.capitalised(words[j])) {
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

  /** Whether a word after this one may be capitalised because it starts a (quoted) sentence. */
  private static boolean startsSentenceAfter(String previous) {
    return previous.equals("\"")
        || previous.equals("``")
        || previous.equals("(")
        || previous.equals("“")
        || previous.equals("-")
        || previous.equals(":");
  }
}
