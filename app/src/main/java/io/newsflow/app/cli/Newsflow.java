package io.newsflow.app.cli;

import io.newsflow.app.bench.BenchException;
import io.newsflow.app.broker.EmbeddedBroker;
import io.newsflow.app.dlq.DeadLetterException;
import io.newsflow.app.kafka.KafkaUnavailableException;
import io.newsflow.app.kafka.TopicSetup;
import io.newsflow.app.state.StateDirectory;
import io.newsflow.common.config.ConfigException;
import io.newsflow.common.http.JdkServerLimits;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code newsflow} command line. Exit codes: 0 success, 1 failure (one line on stderr saying
 * what to do; the stack trace with {@code --verbose}), 2 bad usage.
 */
@Command(
    name = "newsflow",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = Newsflow.Version.class,
    sortOptions = false,
    description = {
      "Streaming news ingestion on Apache Kafka: ingest, enrich (entities, sentiment), sink.",
      "Try './newsflow demo', then open the dashboard it prints."
    },
    footer = {"", "Exit codes: 0 success, 1 failure, 2 bad usage."},
    subcommands = {
      DemoCommand.class,
      BrokerCommand.class,
      IngestCommand.class,
      EnrichCommand.class,
      SinkCommand.class,
      SubscribeCommand.class,
      TagCommand.class,
      SentimentCommand.class,
      DlqCommand.class,
      BenchCommand.class,
      HelpCommand.class
    })
public final class Newsflow implements Callable<Integer> {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int USAGE = 2;

  /** The least level of other libraries' (Kafka's) lines on the console; log4j2.xml reads it. */
  static final String CONSOLE_LOG_PROPERTY = "newsflow.log.console";

  private final Map<String, String> environment;

  @Spec private CommandSpec spec;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description =
          "print the stack trace of a failure, and Kafka's own log lines on the console"
              + " (they always go to the log file, ~/.newsflow/logs/newsflow.log or $NEWSFLOW_LOG_FILE)")
  private boolean verbose;

  public Newsflow(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  public static void main(String[] args) {
    if (List.of(args).contains("--verbose") && System.getProperty(CONSOLE_LOG_PROPERTY) == null) {
      // read by log4j2.xml when the first logger is made, which is before picocli would have
      // parsed the flag: Kafka's own lines on the console too, not only in the log file
      System.setProperty(CONSOLE_LOG_PROPERTY, "ALL");
    }
    // before any HTTP server starts: the JDK reads its limits (slow clients, connections) once
    JdkServerLimits.applyDefaults(System.getProperties());
    // UTF-8 whatever the locale: articles are in every language
    PrintWriter out =
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
            true);
    PrintWriter err =
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
            true);
    System.exit(execute(System.getenv(), out, err, args));
  }

  /** Runs one command line and returns its exit code; what {@link #main} and tests call. */
  public static int execute(
      Map<String, String> environment, PrintWriter out, PrintWriter err, String... args) {
    int code = commandLine(environment, out, err).execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The command line with every command, its exit codes and its error reporting. */
  public static CommandLine commandLine(
      Map<String, String> environment, PrintWriter out, PrintWriter err) {
    return new CommandLine(new Newsflow(environment))
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(new UsageError())
        .setExecutionExceptionHandler(new Failure());
  }

  /** The environment variables the commands read settings from. */
  public Map<String, String> environment() {
    return environment;
  }

  /** {@code newsflow} alone: the overview, as bad usage. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }

  /** One line: what is wrong with the command line, and where to read how it goes. */
  static final class UsageError implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
      CommandLine command = e.getCommandLine();
      String name = command.getCommandSpec().qualifiedName(" ");
      StringBuilder line = new StringBuilder(name).append(": ").append(firstLine(e.getMessage()));
      if (e instanceof UnmatchedArgumentException unmatched
          && !unmatched.getSuggestions().isEmpty()) {
        line.append(" (did you mean ")
            .append(
                String.join(
                    " or ",
                    unmatched
                        .getSuggestions()
                        .subList(0, Math.min(3, unmatched.getSuggestions().size()))))
            .append("?)");
      }
      line.append("; see '").append(name).append(" --help'");
      command.getErr().println(line);
      command.getErr().flush();
      return USAGE;
    }
  }

  /** One line on stderr saying what failed and what to do; the stack trace only with --verbose. */
  static final class Failure implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
      boolean verbose = verbose(parsed);
      String name = command.getCommandSpec().qualifiedName(" ");
      String message = explain(e);
      if (!verbose && !expected(e)) {
        message += " (run with --verbose for the details)";
      }
      PrintWriter err = command.getErr();
      err.println(name + ": " + message);
      if (verbose) {
        e.printStackTrace(err);
      }
      err.flush();
      return FAILURE;
    }

    private static boolean expected(Throwable e) {
      return e instanceof CommandFailure
          || e instanceof DeadLetterException
          || e instanceof BenchException
          || e instanceof ConfigException
          || e instanceof KafkaUnavailableException
          || e instanceof TopicSetup.TopicSetupException
          || e instanceof EmbeddedBroker.BrokerException
          || e instanceof StateDirectory.StateDirectoryException
          || e instanceof UncheckedIOException
          || e instanceof AuthorizationException
          || e instanceof AuthenticationException;
    }

    private static String explain(Throwable e) {
      // a client call past the commands' own checks, e.g. a topic newsflow's user may not read
      if (e instanceof AuthorizationException) {
        return "Kafka does not allow this: "
            + firstLine(e.getMessage())
            + "; ask its administrator for the ACLs (docs/OPERATIONS.md) or use other credentials"
            + " in --config";
      }
      if (e instanceof AuthenticationException) {
        return "Kafka did not accept newsflow's credentials: "
            + firstLine(e.getMessage())
            + "; check the security settings in the --config file";
      }
      if (expected(e) && e.getMessage() != null) {
        return firstLine(e.getMessage());
      }
      String message = e.getMessage() == null ? "" : ": " + firstLine(e.getMessage());
      return "unexpected " + e.getClass().getSimpleName() + message;
    }

    private static boolean verbose(ParseResult parsed) {
      for (ParseResult level = parsed; level != null; level = level.subcommand()) {
        if (level.hasMatchedOption("--verbose")) {
          return true;
        }
      }
      return false;
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    return message.strip().lines().findFirst().orElse("").strip();
  }

  /** The version in the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Newsflow.class.getPackage().getImplementationVersion();
      return new String[] {"newsflow " + (version == null ? "(development build)" : version)};
    }
  }
}
