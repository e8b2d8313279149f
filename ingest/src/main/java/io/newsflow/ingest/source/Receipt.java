package io.newsflow.ingest.source;

import java.util.List;

/**
 * What became of one source item: the ids of the articles sent on, and the messages of the parts
 * rejected ("json: unexpected end of input at line 3, column 1"). An HTTP push answers with it.
 */
public record Receipt(List<String> ids, List<String> rejections) {
  public Receipt {
    ids = List.copyOf(ids);
    rejections = List.copyOf(rejections);
  }
}
