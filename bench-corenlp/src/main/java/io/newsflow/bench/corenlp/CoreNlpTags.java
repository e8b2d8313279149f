package io.newsflow.bench.corenlp;

import java.util.List;

/**
 * CoreNLP's answers in our scorer's IOB2 tags. The CoNLL model answers with bare class names
 * (PERSON, ORGANIZATION, LOCATION, MISC, O: IO encoding, no span starts), so a span starts wherever
 * the type changes; B-/I-/E-/S- prefixes, should a model give them, are honoured too.
 */
final class CoreNlpTags {
  private CoreNlpTags() {}

  static String[] toIob2(List<String> answers) {
    String[] tags = new String[answers.size()];
    String previousType = null;
    boolean previousClosed = true;
    for (int i = 0; i < tags.length; i++) {
      String answer = answers.get(i);
      if (answer == null || answer.equals("O")) {
        tags[i] = "O";
        previousType = null;
        previousClosed = true;
        continue;
      }
      char prefix = answer.length() > 2 && answer.charAt(1) == '-' ? answer.charAt(0) : ' ';
      String type = shortType(prefix == ' ' ? answer : answer.substring(2));
      boolean begins =
          prefix == 'B' || prefix == 'S' || previousClosed || !type.equals(previousType);
      tags[i] = (begins ? "B-" : "I-") + type;
      previousType = type;
      previousClosed = prefix == 'E' || prefix == 'S';
    }
    return tags;
  }

  static String shortType(String type) {
    return switch (type) {
      case "PERSON" -> "PER";
      case "ORGANIZATION" -> "ORG";
      case "LOCATION" -> "LOC";
      default -> type; // MISC, and the short names themselves
    };
  }
}
