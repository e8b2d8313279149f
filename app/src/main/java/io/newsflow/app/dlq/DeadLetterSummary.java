package io.newsflow.app.dlq;

import io.newsflow.common.kafka.KafkaSettings;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/** Dead letters counted by stage and reason, with the first of each as an example. */
public final class DeadLetterSummary {
  /** The letters of one stage and reason. */
  public static final class Group {
    private final String stage;
    private final String reason;
    private final DeadLetter example;
    private long count;

    private Group(String stage, String reason, DeadLetter example) {
      this.stage = stage;
      this.reason = reason;
      this.example = example;
    }

    public String stage() {
      return stage;
    }

    public String reason() {
      return reason;
    }

    public long count() {
      return count;
    }

    public DeadLetter example() {
      return example;
    }
  }

  private final Map<String, Group> groups = new TreeMap<>();
  private long total;

  /** The letters of the dead-letter topic that {@code filter} chooses, read to its end. */
  public static DeadLetterSummary read(
      KafkaSettings settings, DeadLetterFilter filter, Duration timeout) {
    DeadLetterSummary summary = new DeadLetterSummary();
    new TopicReader(settings)
        .readAll(
            settings.topics().deadLetters().name(),
            timeout,
            record -> DeadLetter.of(record).filter(filter::matches).ifPresent(summary::add));
    return summary;
  }

  public void add(DeadLetter letter) {
    String key = letter.stage() + '\n' + letter.reasonLabel();
    groups.computeIfAbsent(key, k -> new Group(letter.stage(), letter.reasonLabel(), letter))
        .count++;
    total++;
  }

  /** Most letters first; then by stage and reason. */
  public Collection<Group> groups() {
    return groups.values().stream()
        .sorted(
            Comparator.comparingLong(Group::count)
                .reversed()
                .thenComparing(Group::stage)
                .thenComparing(Group::reason))
        .toList();
  }

  public long total() {
    return total;
  }
}
