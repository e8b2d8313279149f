package io.newsflow.app.cli;

import io.newsflow.common.article.EntityType;
import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.Durations;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * How option values are read: durations as people write them, entity types by name or tag, ports,
 * rates, counts and files checked as they are read. A value that does not fit is bad usage (exit 2,
 * one plain line naming the option), never an exception deep inside a service.
 */
public final class Converters {
  private Converters() {}

  /** {@code 30s}, {@code 500ms}, {@code 5m}, {@code 1h} or ISO-8601; must be positive. */
  public static final class PositiveDuration implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      Duration duration = NonNegativeDuration.parse(value);
      if (duration.isZero()) {
        throw new TypeConversionException("a duration must be positive, not '" + value + "'");
      }
      return duration;
    }
  }

  /** As {@link PositiveDuration}, and {@code 0s} too. */
  public static final class NonNegativeDuration implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      return parse(value);
    }

    static Duration parse(String value) {
      Duration duration;
      try {
        duration = Durations.parse("a duration", value);
      } catch (ConfigException e) {
        throw new TypeConversionException(e.getMessage());
      }
      if (duration.isNegative()) {
        throw new TypeConversionException("a duration must not be negative, not '" + value + "'");
      }
      return duration;
    }
  }

  /** A TCP port, 1 to 65535, or 0 for any free one. */
  public static final class Port implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int port = wholeNumber(value, "a port");
      if (port < 0 || port > 65_535) {
        throw new TypeConversionException(
            "'" + value + "' is not a port: use 1 to 65535, or 0 for any free one");
      }
      return port;
    }
  }

  /** A number of things a second: 0 or more, finite. */
  public static final class Rate implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      double rate;
      try {
        rate = Double.parseDouble(value.strip());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a number (e.g. 2 or 0.5)");
      }
      if (!(rate >= 0) || Double.isInfinite(rate)) {
        throw new TypeConversionException("a rate must be 0 or more, not '" + value + "'");
      }
      return rate;
    }
  }

  /** A count of 1 or more. */
  public static final class PositiveCount implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return countOfAtLeast(1, value);
    }
  }

  /** A count of 0 or more. */
  public static final class Count implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return countOfAtLeast(0, value);
    }
  }

  private static int countOfAtLeast(int least, String value) {
    int count = wholeNumber(value, "a count");
    if (count < least) {
      throw new TypeConversionException(
          "a count must be " + least + " or more, not '" + value + "'");
    }
    return count;
  }

  /** A file that exists and can be read. */
  public static final class ReadableFile implements ITypeConverter<Path> {
    /**
     * Checks files given as positional parameters. (picocli reads a positional value its converter
     * refuses as an unmatched argument, which would hide the reason, so they are checked here.)
     */
    public static void checkAll(CommandSpec command, List<Path> files) {
      for (Path file : files) {
        try {
          new ReadableFile().convert(file.toString());
        } catch (TypeConversionException e) {
          throw new ParameterException(command.commandLine(), e.getMessage());
        }
      }
    }

    @Override
    public Path convert(String value) {
      Path path;
      try {
        path = Path.of(value);
      } catch (InvalidPathException e) {
        throw new TypeConversionException("'" + value + "' is not a file name");
      }
      if (!Files.isRegularFile(path)) {
        throw new TypeConversionException(
            "no such file: " + value + (Files.isDirectory(path) ? " (it is a folder)" : ""));
      }
      if (!Files.isReadable(path)) {
        throw new TypeConversionException("cannot read " + value + ": permission denied");
      }
      return path;
    }
  }

  /** A folder to keep data in: a folder, or a name that is free to become one. */
  public static final class Folder implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      Path path;
      try {
        path = Path.of(value);
      } catch (InvalidPathException e) {
        throw new TypeConversionException("'" + value + "' is not a folder name");
      }
      if (Files.exists(path) && !Files.isDirectory(path)) {
        throw new TypeConversionException("'" + value + "' is a file, not a folder");
      }
      return path;
    }
  }

  private static int wholeNumber(String value, String what) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not " + what + " (a whole number)");
    }
  }

  /** PERSON, ORGANIZATION, LOCATION, MISC in any case, or their CoNLL tags PER, ORG, LOC. */
  public static final class EntityTypes implements ITypeConverter<EntityType> {
    @Override
    public EntityType convert(String value) {
      return EntityType.parse(value)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "'"
                          + value
                          + "' is not an entity type: use one of "
                          + Arrays.stream(EntityType.values())
                              .map(Enum::name)
                              .collect(Collectors.joining(", "))));
    }
  }
}
