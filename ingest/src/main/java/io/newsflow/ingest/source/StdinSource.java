package io.newsflow.ingest.source;

import io.newsflow.ingest.format.ReadLimits;
import java.io.IOException;
import java.io.InputStream;

/**
 * Standard input ({@code -}), read to its end as one input: one article in any format, or many
 * as JSON lines.
 */
public final class StdinSource implements ArticleSource {
  private final InputStream in;
  private final ReadLimits limits;

  public StdinSource(InputStream in, ReadLimits limits) {
    this.in = in;
    this.limits = limits;
  }

  @Override
  public String description() {
    return "-";
  }

  @Override
  public boolean endless() {
    return false;
  }

  @Override
  public void run(ItemSink sink) throws IOException {
    sink.accept(Inputs.stream(in, "stdin", "stdin", limits));
  }
}
