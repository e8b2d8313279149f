package io.newsflow.app.cli;

import io.newsflow.app.dlq.DeadLetter;
import io.newsflow.app.dlq.DeadLetterFilter;
import io.newsflow.app.dlq.DeadLetterReplay;
import io.newsflow.app.dlq.DeadLetterSummary;
import io.newsflow.app.kafka.KafkaProbe;
import io.newsflow.app.run.Cluster;
import io.newsflow.common.config.Config;
import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.Durations;
import io.newsflow.common.kafka.KafkaSettings;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.kafka.common.KafkaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code newsflow dlq}: what sits in the dead-letter topic, and sending it back. */
@Command(
    name = "dlq",
    description = {
      "Lists the dead letters (news.dlq) grouped by stage and reason: how many, and an example of"
          + " each. Reads the whole topic, committed records only.",
      "'dlq replay' sends chosen letters back to where they came from."
    },
    subcommands = DlqCommand.Replay.class)
public final class DlqCommand implements Callable<Integer> {
  @Mixin private KafkaOptions kafka;

  @Mixin private Choice choice;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    KafkaSettings settings = choice.reachable(kafka);
    DeadLetterFilter filter = choice.filter();
    String topic = settings.topics().deadLetters().name();
    DeadLetterSummary summary;
    try {
      summary = DeadLetterSummary.read(settings, filter, choice.timeout);
    } catch (KafkaException e) {
      throw KafkaProbe.failure(settings, choice.timeout, e);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (summary.total() == 0) {
      out.println(
          "no dead letters in "
              + topic
              + (filter.equals(DeadLetterFilter.ALL) ? "" : " that match"));
    } else {
      out.printf("%8s  %-8s  %s%n", "COUNT", "STAGE", "REASON, AND AN EXAMPLE");
      for (DeadLetterSummary.Group group : summary.groups()) {
        out.printf("%8d  %-8s  %s%n", group.count(), group.stage(), group.reason());
        out.printf("%8s  %-8s  e.g. %s%n", "", "", example(group.example()));
      }
      out.printf(
          "%8d  dead letters in %s; 'newsflow dlq replay' sends them back%n",
          summary.total(), topic);
    }
    out.flush();
    return 0;
  }

  /** Where the letter sits and came from, and how its original starts, on one line. */
  private static String example(DeadLetter letter) {
    String start = letter.preview(60).replaceAll("\\s+", " ").strip();
    return letter.coordinates()
        + " from "
        + letter.origin()
        + ": "
        + (start.isEmpty() ? "(empty)" : "\"" + start + "\"");
  }

  /** {@code newsflow dlq replay}: chosen letters back to their topics, once. */
  @Command(
      name = "replay",
      description = {
        "Sends the chosen dead letters back, as their original key and bytes, to the topic they came"
            + " from (input rejected at ingest goes to the raw topic), and prints 'replayed N'.",
        "Each letter is replayed once: what was replayed is recorded in news.dlq.replayed in the"
            + " same transaction, and later runs skip it. Letters of oversized input, of which only"
            + " the head was kept, are not replayed."
      })
  static final class Replay implements Callable<Integer> {
    @Mixin private KafkaOptions kafka;

    @Mixin private Choice choice;

    @Option(
        names = "--since",
        paramLabel = "TIME",
        converter = Since.class,
        description =
            "only letters dead-lettered at or after TIME: an ISO-8601 instant"
                + " (2026-01-31T09:00:00Z) or a time ago (30m, 2h)")
    private Instant since;

    @Spec private CommandSpec spec;

    @Override
    public Integer call() {
      KafkaSettings settings = choice.reachable(kafka);
      DeadLetterFilter chosen = choice.filter();
      DeadLetterFilter filter =
          new DeadLetterFilter(chosen.stage(), chosen.reason(), Optional.ofNullable(since));
      DeadLetterReplay.Outcome outcome;
      try {
        outcome = new DeadLetterReplay(settings).replay(filter, choice.timeout);
      } catch (KafkaException e) {
        throw KafkaProbe.failure(settings, choice.timeout, e);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println("replayed " + outcome.replayed());
      out.flush();
      PrintWriter err = spec.commandLine().getErr();
      if (outcome.alreadyReplayed() > 0) {
        err.println("skipped " + outcome.alreadyReplayed() + " replayed before");
      }
      if (outcome.cutShort() > 0) {
        err.println(
            "skipped "
                + outcome.cutShort()
                + " cut short (only the head of an oversized input was kept)");
      }
      err.flush();
      return 0;
    }
  }

  /** The options that choose letters, shared by both commands. */
  static final class Choice {
    @Option(
        names = "--stage",
        paramLabel = "STAGE",
        description = "only letters of this stage: ingest, enrich, sink")
    String stage;

    @Option(
        names = "--reason",
        paramLabel = "REASON",
        description =
            "only letters whose reason holds this text, in any case (or ingest's label, e.g. too_large)")
    String reason;

    @Option(
        names = "--timeout",
        paramLabel = "DURATION",
        defaultValue = "30s",
        converter = Converters.PositiveDuration.class,
        description =
            "gives up when the whole topic was not read within this (default: ${DEFAULT-VALUE})")
    Duration timeout;

    DeadLetterFilter filter() {
      return new DeadLetterFilter(
          Optional.ofNullable(stage), Optional.ofNullable(reason), Optional.empty());
    }

    /**
     * The cluster's settings, once it answers (within newsflow.connect.timeout, as services wait).
     */
    KafkaSettings reachable(KafkaOptions kafka) {
      Config config = kafka.config();
      KafkaSettings settings = KafkaSettings.from(config);
      KafkaProbe.awaitReachable(
          settings, config.getDuration(Cluster.CONNECT_TIMEOUT, KafkaProbe.DEFAULT_TIMEOUT));
      return settings;
    }
  }

  /** An ISO-8601 instant, or a duration meaning that long ago. */
  static final class Since implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      try {
        return Instant.parse(value.strip());
      } catch (DateTimeParseException notAnInstant) {
        try {
          return Instant.now().minus(Durations.parse("--since", value));
        } catch (ConfigException notADuration) {
          throw new TypeConversionException(
              "'"
                  + value
                  + "' is neither an instant (2026-01-31T09:00:00Z) nor a time ago (30m, 2h)");
        }
      }
    }
  }
}
