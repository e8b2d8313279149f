package io.newsflow.app.cli;

import io.newsflow.common.article.EntityType;
import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.Durations;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How option values are read: durations as people write them, entity types by name or tag. */
public final class Converters {
  private Converters() {}

  /** {@code 30s}, {@code 500ms}, {@code 5m}, {@code 1h} or ISO-8601; must be positive. */
  public static final class PositiveDuration implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      Duration duration;
      try {
        duration = Durations.parse("a duration", value);
      } catch (ConfigException e) {
        throw new TypeConversionException(e.getMessage());
      }
      if (duration.isNegative() || duration.isZero()) {
        throw new TypeConversionException("a duration must be positive, not '" + value + "'");
      }
      return duration;
    }
  }

  /** PERSON, ORGANIZATION, LOCATION, MISC in any case, or their CoNLL tags PER, ORG, LOC. */
  public static final class EntityTypes implements ITypeConverter<EntityType> {
    @Override
    public EntityType convert(String value) {
      String name = value.strip().toUpperCase(Locale.ROOT);
      for (EntityType type : EntityType.values()) {
        if (type.name().equals(name) || type.conllTag().equals(name)) {
          return type;
        }
      }
      throw new TypeConversionException(
          "'" + value + "' is not an entity type: use one of "
              + Arrays.stream(EntityType.values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
  }
}
