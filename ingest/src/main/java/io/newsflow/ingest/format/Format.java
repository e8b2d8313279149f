package io.newsflow.ingest.format;

/** The input formats newsflow reads, as recognized by their content. */
public enum Format {
  PLAIN_TEXT("text"),
  JSON("json"),
  JSON_LINES("json lines"),
  NINJS("ninjs"),
  NEWSML_1("newsml 1.2"),
  NEWSML_G2("newsml-g2"),
  NITF("nitf"),
  RSS("rss"),
  ATOM("atom"),
  HTML("html"),
  /** Not recognized: a rejection names it. */
  UNKNOWN("input");

  private final String label;

  Format(String label) {
    this.label = label;
  }

  /** How rejection messages name the format: "json: unexpected end ...". */
  public String label() {
    return label;
  }
}
