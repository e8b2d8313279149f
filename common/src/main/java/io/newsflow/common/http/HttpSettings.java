package io.newsflow.common.http;

import io.newsflow.common.config.Config;
import io.newsflow.common.config.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Who may call a server's endpoints and how many requests it serves at once. Keys: {@code
 * newsflow.http.token} (the bearer token) or {@code newsflow.http.token.file} (a file holding it,
 * better for secrets: it stays out of the environment and the process list), and {@code
 * newsflow.http.max.concurrent}. Without a token every endpoint is open, as it always was.
 */
public record HttpSettings(Optional<BearerToken> token, int maxConcurrent) {
  public static final String TOKEN = "newsflow.http.token";
  public static final String TOKEN_FILE = "newsflow.http.token.file";
  public static final String MAX_CONCURRENT = "newsflow.http.max.concurrent";

  /** Requests one metrics and dashboard server serves at once when not configured. */
  public static final int DEFAULT_MAX_CONCURRENT = 8;

  /** Pushes one ingest push server takes at once when not configured. */
  public static final int DEFAULT_MAX_CONCURRENT_PUSHES = 16;

  public HttpSettings {
    if (maxConcurrent < 1) {
      throw new ConfigException(MAX_CONCURRENT + " must be at least 1, not " + maxConcurrent);
    }
  }

  /** No token: every endpoint open. */
  public static HttpSettings open(int maxConcurrent) {
    return new HttpSettings(Optional.empty(), maxConcurrent);
  }

  public static HttpSettings withToken(String token, int maxConcurrent) {
    return new HttpSettings(Optional.of(new BearerToken(token)), maxConcurrent);
  }

  public static HttpSettings from(Config config, int defaultMaxConcurrent) {
    Optional<String> inline = config.get(TOKEN);
    Optional<String> file = config.get(TOKEN_FILE);
    if (inline.isPresent() && file.isPresent()) {
      throw new ConfigException("set " + TOKEN + " or " + TOKEN_FILE + ", not both");
    }
    Optional<BearerToken> token =
        inline.or(() -> file.map(HttpSettings::readTokenFile)).map(BearerToken::new);
    return new HttpSettings(token, config.getInt(MAX_CONCURRENT, defaultMaxConcurrent));
  }

  public boolean requiresToken() {
    return token.isPresent();
  }

  private static String readTokenFile(String file) {
    String token;
    try {
      token = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
    } catch (NoSuchFileException e) {
      throw new ConfigException(TOKEN_FILE + " " + file + " does not exist");
    } catch (IOException e) {
      // says what went wrong with the file, never what is in it
      throw new ConfigException("cannot read " + TOKEN_FILE + " " + file + ": " + e.getMessage());
    }
    if (token.isEmpty()) {
      throw new ConfigException(TOKEN_FILE + " " + file + " is empty");
    }
    return token;
  }
}
