package io.newsflow.common.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret every request must present. Only digests of it are kept: what is compared is the
 * SHA-256 of each side, so the time a comparison takes says nothing about the token, not even its
 * length. It prints as hidden, so it cannot reach a log line by accident.
 */
public final class BearerToken {
  /** What the browser session value is an HMAC of: changing it ends every browser session. */
  private static final String SESSION_PURPOSE = "newsflow browser session v1";

  private final byte[] tokenDigest;
  private final String session;
  private final byte[] sessionDigest;

  public BearerToken(String token) {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("a bearer token cannot be empty");
    }
    byte[] secret = token.getBytes(StandardCharsets.UTF_8);
    this.tokenDigest = sha256(secret);
    this.session = hmac(secret, SESSION_PURPOSE);
    this.sessionDigest = sha256(session.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether {@code presented} is the token. */
  public boolean matches(String presented) {
    return presented != null
        && MessageDigest.isEqual(tokenDigest, sha256(presented.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The value of the browser's session cookie: derived from the token, so it proves the caller knew
   * it, but a cookie that leaks does not give the token away.
   */
  public String session() {
    return session;
  }

  public boolean matchesSession(String presented) {
    return presented != null
        && MessageDigest.isEqual(sessionDigest, sha256(presented.getBytes(StandardCharsets.UTF_8)));
  }

  @Override
  public String toString() {
    return "BearerToken[hidden]";
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static String hmac(byte[] key, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] value = mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", e);
    }
  }
}
