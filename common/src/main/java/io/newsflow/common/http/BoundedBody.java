package io.newsflow.common.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that fails as soon as it is longer than its limit, having read at most one byte
 * past it: a client cannot make the server hold more than the limit, whatever it says or sends.
 */
final class BoundedBody extends FilterInputStream {
  /** The body was longer than the route takes: answered with 413. */
  static final class TooLarge extends IOException {
    TooLarge(long limit) {
      super("request body over " + limit + " bytes");
    }
  }

  private final long limit;
  private long read;

  BoundedBody(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    // never ask for more than one byte past the limit: that one is enough to know it is too long
    int allowed = (int) Math.min(length, limit - read + 1);
    int n = in.read(buffer, offset, Math.max(allowed, 1));
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = in.skip(Math.min(n, limit - read + 1));
    counted(skipped);
    return skipped;
  }

  private void counted(long n) throws TooLarge {
    read += n;
    if (read > limit) {
      throw new TooLarge(limit);
    }
  }
}
