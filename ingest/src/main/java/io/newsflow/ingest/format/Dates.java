package io.newsflow.ingest.format;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The date forms news formats use: ISO-8601 with or without offset (ninjs, NewsML-G2, Atom, JSON),
 * ISO basic ({@code 20130605T210000+0000}, NewsML 1.2) and RFC 1123 (RSS). A date without an offset
 * is taken as UTC. Unreadable dates are absent, not errors: the article is still news.
 */
final class Dates {
  private static final List<DateTimeFormatter> WITH_OFFSET =
      List.of(
          DateTimeFormatter.ISO_OFFSET_DATE_TIME,
          DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss[.SSS]XX", Locale.ROOT),
          DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssXXX", Locale.ROOT),
          DateTimeFormatter.RFC_1123_DATE_TIME,
          DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm[:ss] zzz", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d MMM yyyy HH:mm[:ss] Z", Locale.ENGLISH));

  private Dates() {}

  static Instant parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    for (DateTimeFormatter formatter : WITH_OFFSET) {
      try {
        return OffsetDateTime.parse(value, formatter).toInstant();
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    try {
      return java.time.ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      // not RFC 1123 with a zone name
    }
    try {
      return LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // not a local date-time
    }
    try {
      return LocalDateTime.parse(
              value, DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT))
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // not ISO basic without offset
    }
    try {
      return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value)
          .atStartOfDay()
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
