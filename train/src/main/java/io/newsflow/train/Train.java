package io.newsflow.train;

import io.newsflow.train.entity.TrainTagger;
import io.newsflow.train.sentiment.BuildMiniLmValences;
import io.newsflow.train.sentiment.BuildWordNetLexicon;
import io.newsflow.train.sentiment.TrainSentimentModel;
import io.newsflow.train.sentiment.TrainTargetModel;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Rebuilds the models and resources enrich ships, one subcommand each, writing the shipped file in
 * place by default. Run from the project's root ({@code train/retrain} does), since the default
 * paths are relative to it. Exit codes: 0 success, 1 failure, 2 bad usage.
 */
@Command(
    name = "train/retrain",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuilds a model or resource that enrich ships, in place (or --out FILE).",
      "Same inputs, same bytes: see train/README.md."
    },
    footer = {
      "",
      "Gazetteers and word lists: train/retrain gazetteers (scripts over npm, Debian and Maven packages)."
    },
    subcommands = {
      TrainTagger.class,
      TrainSentimentModel.class,
      TrainTargetModel.class,
      BuildWordNetLexicon.class,
      BuildMiniLmValences.class,
      HelpCommand.class
    })
public final class Train implements Callable<Integer> {
  @Spec private CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with every subcommand; what {@link #main} and tests run. */
  public static CommandLine commandLine() {
    return new CommandLine(new Train())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(
            (e, command, parsed) -> {
              if (e instanceof MissingData) {
                command.getErr().println("train: " + e.getMessage());
              } else {
                e.printStackTrace(command.getErr());
              }
              return 1;
            });
  }

  /** No subcommand: the overview, as bad usage. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }
}
