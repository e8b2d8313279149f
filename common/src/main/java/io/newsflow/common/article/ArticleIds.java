package io.newsflow.common.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable ids for articles that come without one: the same content always gets the same id. */
public final class ArticleIds {
  private ArticleIds() {}

  /** A content id: the first 128 bits of SHA-256 over the headline and body, in hex. */
  public static String contentId(String headline, String body) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    sha.update(nullToEmpty(headline).strip().getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    sha.update(nullToEmpty(body).strip().getBytes(StandardCharsets.UTF_8));
    byte[] digest = sha.digest();
    return "sha256-" + HexFormat.of().formatHex(digest, 0, 16);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
