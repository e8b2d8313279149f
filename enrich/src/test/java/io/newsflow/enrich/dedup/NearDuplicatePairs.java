package io.newsflow.enrich.dedup;

import io.newsflow.common.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The team's near-duplicate pairs, built from the stories in {@code near-duplicate-stories.jsonl}
 * (written for this test: three different stories per subject, the third repeating a sentence of
 * the first, as wires repeat background). A near-copy is a story with one kind of edit the wires
 * make; a different story is another story on the same subject, itself lightly edited or not. The
 * first half of the subjects is the development set, where the threshold was chosen; the second
 * half is the test set, measured once.
 */
final class NearDuplicatePairs {
  /** A headline and body. */
  record Story(String headline, String body) {}

  /** Two stories and whether they are copies of one story. */
  record Pair(String label, Story left, Story right, boolean nearCopy) {}

  private record Written(
      String subject,
      String id,
      String headline,
      String reworded,
      List<String> paragraphs,
      String added) {
    Story story() {
      return new Story(headline, String.join("\n\n", paragraphs));
    }
  }

  /** The edits wires make to one story, by name. */
  private static final Map<String, UnaryOperator<Written>> EDITS = new TreeMap<>();

  static {
    EDITS.put("headline reworded", w -> with(w, w.reworded(), w.paragraphs()));
    EDITS.put("paragraph added", w -> with(w, w.headline(), insert(w.paragraphs(), 2, w.added())));
    EDITS.put("paragraph dropped", w -> with(w, w.headline(), w.paragraphs().subList(0, 2)));
    EDITS.put(
        "sentences reordered",
        w ->
            with(
                w,
                w.headline(),
                List.of(w.paragraphs().get(0), w.paragraphs().get(2), w.paragraphs().get(1))));
    EDITS.put(
        "typos",
        w ->
            with(w, w.headline(), w.paragraphs().stream().map(NearDuplicatePairs::typos).toList()));
    EDITS.put("furniture", w -> with(w, w.headline(), furnished(w.paragraphs())));
    EDITS.put(
        "reworded, furnished and typos",
        w ->
            with(
                w,
                w.reworded(),
                furnished(w.paragraphs().stream().map(NearDuplicatePairs::typos).toList())));
  }

  private NearDuplicatePairs() {}

  static List<Pair> development() throws IOException {
    return pairs(0);
  }

  static List<Pair> test() throws IOException {
    return pairs(1);
  }

  private static List<Pair> pairs(int half) throws IOException {
    Map<String, List<Written>> bySubject =
        read().stream()
            .collect(Collectors.groupingBy(Written::subject, TreeMap::new, Collectors.toList()));
    List<String> subjects = new ArrayList<>(bySubject.keySet());
    int middle = subjects.size() / 2;
    List<String> chosen =
        half == 0 ? subjects.subList(0, middle) : subjects.subList(middle, subjects.size());
    List<Pair> pairs = new ArrayList<>();
    for (String subject : chosen) {
      List<Written> stories = bySubject.get(subject);
      for (Written story : stories) {
        EDITS.forEach(
            (edit, apply) ->
                pairs.add(
                    new Pair(
                        story.id() + " / " + edit,
                        story.story(),
                        apply.apply(story).story(),
                        true)));
      }
      for (int a = 0; a < stories.size(); a++) {
        for (int b = a + 1; b < stories.size(); b++) {
          Written left = stories.get(a);
          Written right = stories.get(b);
          pairs.add(different(left, right, null, null));
          pairs.add(different(left, right, "furniture", "paragraph added"));
          pairs.add(different(left, right, "paragraph dropped", "headline reworded"));
        }
      }
    }
    return pairs;
  }

  /** Two different stories, each as written ({@code null}) or with the named edit. */
  private static Pair different(Written left, Written right, String leftEdit, String rightEdit) {
    return new Pair(
        left.id() + " (" + leftEdit + ") vs " + right.id() + " (" + rightEdit + ")",
        (leftEdit == null ? left : EDITS.get(leftEdit).apply(left)).story(),
        (rightEdit == null ? right : EDITS.get(rightEdit).apply(right)).story(),
        false);
  }

  private static List<Written> read() throws IOException {
    try (InputStream in =
        NearDuplicatePairs.class.getResourceAsStream("near-duplicate-stories.jsonl")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<Written> stories = new ArrayList<>();
      for (String line : text.split("\n")) {
        if (!line.isBlank()) {
          stories.add(Json.reader(Written.class).readValue(line));
        }
      }
      return stories;
    }
  }

  private static Written with(Written w, String headline, List<String> paragraphs) {
    return new Written(w.subject(), w.id(), headline, w.reworded(), paragraphs, w.added());
  }

  private static List<String> insert(List<String> paragraphs, int at, String paragraph) {
    List<String> more = new ArrayList<>(paragraphs);
    more.add(at, paragraph);
    return more;
  }

  /** A dateline, a byline, credits and a copyright line, as one wire dresses a story. */
  private static List<String> furnished(List<String> paragraphs) {
    List<String> dressed = new ArrayList<>();
    dressed.add("By Staff Correspondent");
    dressed.add("LONDON, Dec 2 (Newswire) - " + paragraphs.get(0));
    dressed.addAll(paragraphs.subList(1, paragraphs.size()));
    dressed.add("(Reporting by Anna Berg; Editing by Tom Hale)");
    dressed.add("Copyright 2026 Newswire. All rights reserved.");
    return dressed;
  }

  /** Every seventh word of four letters or more with two letters swapped, as typed in haste. */
  private static String typos(String paragraph) {
    String[] words = paragraph.split(" ");
    for (int i = 3; i < words.length; i += 7) {
      String w = words[i];
      if (w.length() >= 4) {
        words[i] = w.charAt(0) + "" + w.charAt(2) + w.charAt(1) + w.substring(3);
      }
    }
    return String.join(" ", words);
  }
}
