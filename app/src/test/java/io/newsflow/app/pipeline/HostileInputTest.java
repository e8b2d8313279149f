package io.newsflow.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Mention;
import io.newsflow.common.json.Json;
import io.newsflow.common.kafka.DeadLetterHandlers;
import io.newsflow.common.kafka.DeadLetters;
import io.newsflow.common.kafka.Topics;
import io.newsflow.common.metrics.PipelineMetrics;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.ingest.IngestSummary;
import io.newsflow.ingest.Ingestor;
import io.newsflow.ingest.format.ArticleReader;
import io.newsflow.ingest.source.Receipt;
import io.newsflow.ingest.source.SourceItem;
import io.newsflow.testkit.EnrichedSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken input, as two tables of named cases, each with the outcome it must have:
 * enriched, or dead-lettered with a reason that says why. The inputs are built here by code, so the
 * corpus is the test.
 *
 * <ul>
 *   <li>{@link #ingestCorpus}: what a file, a feed or a push may hold, through ingest's reading
 *       path ({@link Ingestor#accept}, on a {@code MockProducer}) and then every record it produced
 *       through the real enrich topology with the shipped models;
 *   <li>{@link #rawCorpus}: what another producer may write straight to {@code news.raw}, through
 *       the enrich topology alone.
 * </ul>
 *
 * Every input is accounted for: produced + rejected = items read, enriched + dead letters = raw
 * records, and each case ends as its row says. The enricher gets a budget far above what any case
 * needs, so that no outcome depends on how loaded the machine is; the budget itself is tested in
 * enrich's {@code ArticleBudgetTest}.
 */
@Timeout(240)
class HostileInputTest {
  private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static ArticleEnricher enricher;

  @TempDir static Path tmp;

  @BeforeAll
  static void loadModels() {
    enricher = ArticleEnricher.withModels(CLOCK).withBudget(Duration.ofMinutes(2));
  }

  /**
   * One input and what must become of its items: so many articles, so many rejections, each saying
   * why.
   */
  record IngestCase(String name, byte[] bytes, int articles, List<String> reasons) {}

  /**
   * One raw-topic record and its outcome: enriched (reason null), or dead-lettered at a stage with
   * a reason.
   */
  record RawCase(String name, byte[] value, String stage, String reason) {
    boolean enriched() {
      return stage == null;
    }
  }

  private static IngestCase enriched(String name, String text) {
    return new IngestCase(name, utf8(text), 1, List.of());
  }

  private static IngestCase enriched(String name, byte[] bytes) {
    return new IngestCase(name, bytes, 1, List.of());
  }

  private static IngestCase rejected(String name, byte[] bytes, String reason) {
    return new IngestCase(name, bytes, 0, List.of(reason));
  }

  private static IngestCase rejected(String name, String text, String reason) {
    return rejected(name, utf8(text), reason);
  }

  static List<IngestCase> ingestCorpus() throws IOException {
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-FILE-CONTENT");
    String wire =
        "Talks on Ukraine resume\nThe talks on Ukraine resumed in Brussels on Monday, officials said.";
    List<IngestCase> cases = new ArrayList<>();
    // empty and broken bytes
    cases.add(rejected("empty", new byte[0], "no headline and no body"));
    cases.add(rejected("whitespace only", " \t\r\n\u00a0 \n", "no headline and no body"));
    cases.add(rejected("binary (a PNG header and noise)", binary(4096), "not UTF-8"));
    cases.add(
        rejected(
            "invalid UTF-8",
            concat(utf8("Headline\nA body with a broken byte "), new byte[] {(byte) 0xC3, 0x28}),
            "not UTF-8"));
    cases.add(
        rejected(
            "UTF-16 text with a BOM",
            ("\uFEFF" + wire).getBytes(StandardCharsets.UTF_16LE),
            "UTF-16"));
    cases.add(
        enriched(
            "UTF-16 RSS with a BOM",
            ("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss><channel><item>"
                    + "<title>Talks resume</title><description>The talks on Ukraine resumed.</description></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_16BE)));
    cases.add(rejected("NUL bytes in text", "Headline\nBody\u0000with a NUL", "NUL"));
    cases.add(
        enriched(
            "control characters",
            "Head\u0007line \u001b[1mbold\nThe body\u0008 has\u007f controls \u0085 and \u000b tabs."));
    cases.add(rejected("gzip", gzip(utf8(wire)), "not UTF-8"));
    // JSON
    cases.add(
        rejected(
            "truncated JSON",
            "{\"headline\": \"Talks\", \"body\": \"The tal",
            "unexpected end of input"));
    cases.add(
        rejected(
            "JSON nested 300,000 deep",
            "[".repeat(300_000) + "]".repeat(300_000),
            "nesting depth"));
    cases.add(
        rejected(
            "JSON nested deep inside an article",
            "{\"headline\":\"h\",\"body\":\"b\",\"x\":" + "{\"a\":".repeat(200_000),
            "nesting depth"));
    cases.add(
        rejected(
            "JSON of the wrong shape",
            "{\"headline\": [\"a\", \"b\"], \"body\": {\"text\": \"c\"}}",
            "no headline and no body"));
    cases.add(
        enriched(
            "JSON with numbers for text",
            "{\"headline\": 2026, \"body\": 42, \"published\": true, \"language\": 7}"));
    cases.add(enriched("a JSON string (read as a plain-text headline)", "\"just a string\"\n"));
    cases.add(
        new IngestCase(
            "a JSON array of numbers",
            utf8("[1, 2, 3]"),
            0,
            List.of(
                "expected an article object",
                "expected an article object",
                "expected an article object")));
    cases.add(
        rejected(
            "a number of 100,000 digits",
            "{\"headline\":\"h\",\"body\":\"b\",\"n\":1" + "0".repeat(100_000) + "}",
            "Number value length"));
    cases.add(
        enriched(
            "an exponent of a billion",
            "{\"headline\":\"Rates\",\"body\":\"Rates rose.\",\"n\":1e999999999}"));
    cases.add(
        enriched(
            "dates that are not dates",
            "{\"headline\":\"Rates\",\"body\":\"Rates rose.\",\"published\":\"2021-13-45T99:99:99Z\"}"));
    cases.add(
        enriched(
            "a date out of range",
            "{\"headline\":\"Rates\",\"body\":\"Rates rose.\",\"published\":\"+999999999-12-31T23:59:59Z\"}"));
    cases.add(
        new IngestCase(
            "JSON lines, good and bad mixed",
            utf8(
                """
        {"headline": "One", "body": "The first story."}
        {"headline": "Two", "body": "The
        {"headline": "Three", "body": "The third story."}
        [1, 2]
        """),
            2,
            List.of("line 2", "expected an article object")));
    cases.add(
        rejected(
            "ninjs of the wrong types",
            "{\"uri\": \"urn:x\", \"headlines\": 5, \"bodies\": \"text\", \"versioncreated\": [1]}",
            "no headline and no body"));
    cases.add(
        enriched(
            "lone surrogates in JSON",
            "{\"headline\": \"Split \\ud800 pair\", \"body\": \"A lone \\udc00 low and \\ud83d high surrogate.\"}"));
    // size
    cases.add(
        rejected("a body over the limit", "Headline\n" + "word ".repeat(220_000), "too large"));
    cases.add(enriched("a 1 MB token without spaces", "Headline\n" + "x".repeat(1_000_000)));
    cases.add(enriched("25,000 sentences", "Rain in Oslo\n" + "It rained. ".repeat(25_000)));
    // text made to make the regular expressions on the path backtrack
    cases.add(
        enriched(
            "30,000 unclosed <p tags",
            "{\"headline\":\"Tags\",\"body\":\"" + "<p ".repeat(30_000) + "\"}"));
    cases.add(
        enriched(
            "20,000 share prompts in one paragraph",
            "Share this\n" + "Share this. ".repeat(20_000)));
    cases.add(
        enriched(
            "trailing furniture in 1,000 paragraphs",
            "Furniture\n"
                + "Prose comes first here. Share this. Advertisement. Read more. Share this. Subscribe.\n\n"
                    .repeat(1_000)));
    cases.add(
        enriched(
            "a cookie banner without an end",
            "Cookies\n" + "This site uses cookies and ".repeat(14) + "more"));
    cases.add(
        enriched(
            "share buttons without an end",
            "Buttons\n" + "Facebook Twitter ".repeat(5_000) + "Ukraine"));
    cases.add(
        enriched(
            "a class name of 100,000 words",
            "<html><body><h1>Class</h1><div class=\""
                + "ad-".repeat(100_000)
                + "x\">t</div><p>Kept.</p></body></html>"));
    // markup
    cases.add(
        enriched(
            "HTML full of scripts and styles",
            "<html><head><style>body{color:red}</style></head><body><h1>Scripts</h1>"
                + "<script>alert('x')</script><style>p{}</style><noscript>no</noscript>"
                    .repeat(5_000)
                + "<p>The talks on Ukraine resumed.</p></body></html>"));
    cases.add(
        enriched(
            "HTML nested 5,000 deep",
            "<html><body><h1>Deep</h1>"
                + "<div>".repeat(5_000)
                + "text"
                + "</div>".repeat(5_000)
                + "</body></html>"));
    cases.add(
        rejected(
            "XML nested 100,000 deep",
            "<rss><channel><item><title>t</title><description>"
                + "<div>".repeat(100_000)
                + "x"
                + "</div>".repeat(100_000)
                + "</description></item></channel></rss>",
            "nested"));
    cases.add(
        rejected(
            "XML with an external entity (XXE)",
            "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \""
                + secret.toUri()
                + "\">]><rss><channel><item><title>&x;</title><description>&x;</description></item></channel></rss>",
            "DOCTYPE declarations are not allowed"));
    cases.add(
        rejected(
            "XML entity expansion (billion laughs)",
            billionLaughs(),
            "DOCTYPE declarations are not allowed"));
    cases.add(
        rejected(
            "broken RSS",
            "<rss><channel><item><title>Talks</title><description>The talks",
            "must start and end within the same entity"));
    cases.add(
        rejected(
            "RSS without items",
            "<rss><channel><title>Feed</title></channel></rss>",
            "rss: no items"));
    cases.add(
        new IngestCase(
            "Atom with empty entries",
            utf8(
                "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>F</title>"
                    + "<entry></entry><entry><id>urn:e2</id><title>Talks resume</title><content>The talks resumed.</content></entry>"
                    + "<entry><title> </title><summary/></entry></feed>"),
            1,
            List.of("no headline and no body", "no headline and no body")));
    cases.add(
        rejected(
            "an XML root newsflow does not read",
            "<invoice><total>3</total></invoice>",
            "unsupported root element"));
    cases.add(
        rejected(
            "NewsML 1.2 without content",
            "<NewsML><NewsItem><NewsComponent><Role FormalName=\"Body\"/></NewsComponent></NewsItem></NewsML>",
            "no headline and no body"));
    // scripts and marks
    cases.add(
        enriched(
            "right-to-left and bidi controls",
            "\u202Eevil\u202C headline\n\u05E9\u05DC\u05D5\u05DD \u200F\u2067text\u2069 and \u061C marks."));
    cases.add(
        enriched(
            "emoji and combining marks",
            "Emoji 👍🏽 news\nCafe\u0301 👨‍👩‍👧 z\u0336\u0336 and "
                + "a"
                + "\u0301".repeat(10_000)));
    cases.add(enriched("Chinese", "中国新闻\n北京今天下雨。上海也下雨。"));
    cases.add(enriched("Arabic", "أخبار اليوم\nاستؤنفت المحادثات في بروكسل يوم الاثنين."));
    cases.add(enriched("Russian", "Новости\nПереговоры возобновились в Брюсселе в понедельник."));
    cases.add(enriched("Hindi", "समाचार\nसोमवार को ब्रसेल्स में बातचीत फिर शुरू हुई।"));
    return cases;
  }

  static List<RawCase> rawCorpus() {
    List<RawCase> cases = new ArrayList<>();
    String parse = ArticleEnricher.PARSE;
    cases.add(new RawCase("null value", null, parse, "no value"));
    cases.add(new RawCase("empty value", new byte[0], parse, "not an article in JSON"));
    cases.add(new RawCase("whitespace", utf8(" \n\t "), parse, "not an article in JSON"));
    cases.add(new RawCase("binary", binary(2048), parse, "not an article in JSON"));
    cases.add(
        new RawCase(
            "invalid UTF-8 in a string",
            concat(
                utf8("{\"id\":\"r-utf8\",\"headline\":\"a"),
                new byte[] {(byte) 0xC3, 0x28},
                utf8("\",\"body\":\"b\"}")),
            parse,
            "Invalid UTF-8"));
    cases.add(
        new RawCase(
            "UTF-16 JSON with a BOM",
            "\uFEFF{\"id\":\"r-utf16\",\"headline\":\"Talks\",\"body\":\"The talks resumed.\"}"
                .getBytes(StandardCharsets.UTF_16),
            parse,
            "not an article in JSON"));
    cases.add(
        new RawCase(
            "NUL and controls escaped in JSON",
            utf8(
                "{\"id\":\"r-ctl\",\"headline\":\"Head\\u0000line\\u0007\","
                    + "\"body\":\"Bo\\u0000dy \\u001b[0m with \\u0085 controls.\"}"),
            null,
            null));
    cases.add(
        new RawCase(
            "truncated JSON",
            utf8("{\"id\":\"r-trunc\",\"headline\":\"Tal"),
            parse,
            "not an article in JSON"));
    cases.add(
        new RawCase(
            "JSON nested 300,000 deep", utf8("[".repeat(300_000)), parse, "from Array value"));
    cases.add(
        new RawCase(
            "deep JSON in an unknown field",
            utf8("{\"id\":\"r-deep\",\"headline\":\"h\",\"x\":" + "[".repeat(100_000)),
            parse,
            "nesting depth"));
    cases.add(
        new RawCase(
            "an object for the headline",
            utf8("{\"id\":\"r-obj\",\"headline\":{\"a\":1},\"body\":\"b\"}"),
            parse,
            "not an article in JSON"));
    cases.add(
        new RawCase(
            "numbers for text",
            utf8("{\"id\":\"r-num\",\"headline\":2026,\"body\":42}"),
            null,
            null));
    cases.add(
        new RawCase(
            "a JSON array",
            utf8("[{\"id\":\"r-arr\",\"headline\":\"h\"}]"),
            parse,
            "not an article in JSON"));
    cases.add(new RawCase("a JSON string", utf8("\"headline\""), parse, "not an article in JSON"));
    // a date is an ISO-8601 string: a number is refused, not read as seconds since 1970
    cases.add(
        new RawCase(
            "a huge exponent as the date",
            utf8("{\"id\":\"r-exp\",\"headline\":\"h\",\"body\":\"b\",\"published\":1e999999999}"),
            parse,
            "expected a date as an ISO-8601 string"));
    cases.add(
        new RawCase(
            "seconds since 1970 as the date",
            utf8("{\"id\":\"r-epoch\",\"headline\":\"h\",\"body\":\"b\",\"published\":1764676800}"),
            parse,
            "expected a date as an ISO-8601 string"));
    cases.add(
        new RawCase(
            "1,000 digits as the date",
            utf8(
                "{\"id\":\"r-dig\",\"headline\":\"h\",\"body\":\"b\",\"published\":1"
                    + "0".repeat(999)
                    + "}"),
            parse,
            "not an article in JSON"));
    cases.add(
        new RawCase(
            "a date that is not a date",
            utf8(
                "{\"id\":\"r-date\",\"headline\":\"h\",\"body\":\"b\",\"published\":\"yesterday\"}"),
            parse,
            "not an article in JSON"));
    cases.add(
        new RawCase(
            "no id",
            utf8("{\"headline\":\"Talks\",\"body\":\"The talks resumed.\"}"),
            ArticleEnricher.VALIDATE,
            "no id"));
    cases.add(
        new RawCase(
            "nothing to read",
            utf8("{\"id\":\"r-empty\",\"headline\":\"\\u200b\",\"body\":\" \\u0000 \"}"),
            ArticleEnricher.VALIDATE,
            "no headline and no body"));
    cases.add(
        new RawCase(
            "lone surrogates",
            utf8(
                "{\"id\":\"r-surr\",\"headline\":\"Ukraine \\ud800 talks\",\"body\":\"Kyiv \\udc00 and Ukraine \\ud83d.\"}"),
            null,
            null));
    cases.add(
        new RawCase(
            "a 1 MB token",
            utf8(
                "{\"id\":\"r-token\",\"headline\":\"Token\",\"body\":\""
                    + "Ab".repeat(500_000)
                    + "\"}"),
            null,
            null));
    cases.add(
        new RawCase(
            "bidi and emoji",
            utf8(
                "{\"id\":\"r-bidi\",\"headline\":\"\u202Eevil\u202C 👍🏽\",\"body\":\"\u05E9\u05DC\u05D5\u05DD \u2067Ukraine\u2069 z\u0336.\"}"),
            null,
            null));
    cases.add(
        new RawCase(
            "HTML left in the body",
            utf8(
                "{\"id\":\"r-html\",\"headline\":\"Tags\",\"body\":\"<script>alert(1)</script><p>Kyiv</p>\"}"),
            null,
            null));
    return cases;
  }

  @Test
  void everyIngestCaseIsEnrichedOrDeadLetteredWithItsReason() throws IOException {
    List<IngestCase> corpus = ingestCorpus();
    MockProducer<byte[], byte[]> producer =
        new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    Topics topics = Topics.defaults();
    Map<String, String> caseOfArticle = new HashMap<>();
    int items = 0;
    try (Ingestor ingestor =
        new Ingestor(
            topics,
            producer,
            new ArticleReader(),
            new PipelineMetrics(new SimpleMeterRegistry()))) {
      for (IngestCase c : corpus) {
        Receipt receipt =
            ingestor.accept(new SourceItem("hostile", "hostile/" + c.name(), c.bytes()));
        assertThat(receipt.ids()).as("articles of %s", c.name()).hasSize(c.articles());
        assertThat(receipt.rejections())
            .as("rejections of %s", c.name())
            .hasSize(c.reasons().size());
        for (int i = 0; i < c.reasons().size(); i++) {
          assertThat(receipt.rejections().get(i))
              .as("rejection %d of %s", i, c.name())
              .contains(c.reasons().get(i));
        }
        receipt.ids().forEach(id -> caseOfArticle.put(id, c.name()));
        items += c.articles() + c.reasons().size();
      }
      IngestSummary summary = ingestor.flush();
      assertThat(summary.produced() + summary.rejected())
          .as("produced + rejected = items read")
          .isEqualTo(items);
      assertThat(summary.failed()).isZero();
    }
    List<ProducerRecord<byte[], byte[]>> raw = sent(producer, topics.raw().name());
    List<ProducerRecord<byte[], byte[]>> rejected = sent(producer, topics.deadLetters().name());
    assertThat(raw.size() + rejected.size()).isEqualTo(items);
    for (ProducerRecord<byte[], byte[]> record : concat(raw, rejected)) {
      assertThat(new String(record.value(), StandardCharsets.UTF_8))
          .as("an external entity was read")
          .doesNotContain("TOP-SECRET");
    }

    // every article ingest produced goes through enrich, and comes out enriched
    try (Enrich enrich = new Enrich()) {
      for (ProducerRecord<byte[], byte[]> record : raw) {
        enrich.raw.pipeInput(new String(record.key(), StandardCharsets.UTF_8), record.value(), NOW);
      }
      List<KeyValue<String, EnrichedArticle>> out = enrich.enriched.readKeyValuesToList();
      List<TestRecord<byte[], byte[]>> dead = enrich.deadLetters.readRecordsToList();
      assertThat(dead).as("dead letters at enrich: %s", reasons(dead)).isEmpty();
      // the same id with the same text again is a re-send (several cases here differ only in a
      // date or the time they were read): enrich drops it and counts it
      Set<String> seen = new HashSet<>();
      List<ProducerRecord<byte[], byte[]>> firsts =
          raw.stream().filter(r -> seen.add(idAndText(r))).toList();
      double dropped = enrich.registry.counter(PipelineMetrics.DUPLICATES_DROPPED).count();
      assertThat(dropped).as("re-sends dropped").isEqualTo(raw.size() - firsts.size());
      assertThat(out.size() + dead.size() + (long) dropped)
          .as("enriched + dead letters + re-sends dropped = raw records")
          .isEqualTo(raw.size());
      assertThat(out)
          .extracting(kv -> caseOfArticle.get(kv.key))
          .doesNotContainNull()
          .containsExactlyInAnyOrderElementsOf(
              firsts.stream()
                  .map(r -> caseOfArticle.get(new String(r.key(), StandardCharsets.UTF_8)))
                  .toList());
      out.forEach(kv -> assertConsistent(caseOfArticle.get(kv.key), kv.value));
      // ingest reduces HTML to text: no script survives it (the raw topic is text already: enrich
      // does not look for markup)
      assertThat(out)
          .allSatisfy(
              kv ->
                  assertThat(kv.value.body())
                      .as(caseOfArticle.get(kv.key))
                      .doesNotContain("alert(", "color:red"));
      // the row of docs/RELIABILITY.md
      System.out.printf(
          "HostileInputTest ingest: %d inputs, %d items: %d dead-lettered by ingest, %d produced;"
              + " enrich: %d enriched, %d re-sends dropped, %d dead-lettered; lost %d%n",
          corpus.size(),
          items,
          rejected.size(),
          raw.size(),
          out.size(),
          (long) dropped,
          dead.size(),
          items - rejected.size() - out.size() - dead.size() - (long) dropped);
    }
  }

  @Test
  void everyRawRecordIsEnrichedOrDeadLetteredWithItsReason() {
    List<RawCase> corpus = rawCorpus();
    try (Enrich enrich = new Enrich()) {
      for (RawCase c : corpus) {
        enrich.raw.pipeInput(c.name(), c.value(), NOW);
      }
      Map<String, EnrichedArticle> out = new LinkedHashMap<>();
      enrich.enriched.readKeyValuesToList().forEach(kv -> out.put(kv.key, kv.value));
      Map<String, TestRecord<byte[], byte[]>> dead = new LinkedHashMap<>();
      enrich
          .deadLetters
          .readRecordsToList()
          .forEach(r -> dead.put(new String(r.key(), StandardCharsets.UTF_8), r));
      assertThat(out.size() + dead.size())
          .as("enriched + dead letters = raw records")
          .isEqualTo(corpus.size());
      for (RawCase c : corpus) {
        if (c.enriched()) {
          String id = idOf(c);
          assertThat(out)
              .as("%s enriched (dead letters: %s)", c.name(), dead.keySet())
              .containsKey(id);
          assertConsistent(c.name(), out.get(id));
        } else {
          assertThat(dead).as("%s dead-lettered", c.name()).containsKey(c.name());
          TestRecord<byte[], byte[]> letter = dead.get(c.name());
          assertThat(letter.value()).as("%s kept as it came", c.name()).isEqualTo(c.value());
          assertThat(DeadLetters.header(letter.headers(), DeadLetters.STAGE))
              .as("stage of %s", c.name())
              .isEqualTo(c.stage());
          assertThat(DeadLetters.header(letter.headers(), DeadLetters.REASON))
              .as("reason of %s", c.name())
              .contains(c.reason());
        }
      }
      System.out.printf(
          "HostileInputTest raw: %d records: %d enriched, %d dead-lettered; lost %d%n",
          corpus.size(), out.size(), dead.size(), corpus.size() - out.size() - dead.size());
    }
  }

  /** The raw cases that must be enriched carry their id as {@code "id":"r-..."}. */
  private static String idOf(RawCase c) {
    String text = new String(c.value(), StandardCharsets.UTF_8);
    int at = text.indexOf("\"id\":\"") + 6;
    return text.substring(at, text.indexOf('"', at));
  }

  /**
   * Enriched means usable: text cleaned of controls, every mention exactly where it says, scores in
   * range.
   */
  private static void assertConsistent(String name, EnrichedArticle article) {
    assertThat(article.headline() + article.body())
        .as("text of %s", name)
        .isNotBlank()
        .doesNotContain("\u0000", "\u0007", "TOP-SECRET");
    for (Entity entity : article.entities()) {
      for (Mention mention : entity.mentions()) {
        assertThat(article.field(mention.field()).substring(mention.start(), mention.end()))
            .as("mention in %s", name)
            .isEqualTo(mention.text());
      }
    }
    assertThat(article.sentiment().score()).as("score of %s", name).isBetween(-1.0, 1.0);
  }

  /** The enrich topology with the shipped models, on a test driver. */
  private static String idAndText(ProducerRecord<byte[], byte[]> record) {
    JsonNode article;
    try {
      article = Json.tree(new String(record.value(), StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return article.path("id").asText()
        + "\u0000"
        + article.path("headline").asText()
        + "\u0000"
        + article.path("body").asText();
  }

  private static final class Enrich implements AutoCloseable {
    final TopologyTestDriver driver;
    final TestInputTopic<String, byte[]> raw;
    final TestOutputTopic<String, EnrichedArticle> enriched;
    final TestOutputTopic<byte[], byte[]> deadLetters;
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    Enrich() {
      Topics topics = Topics.defaults();
      PipelineMetrics metrics = new PipelineMetrics(registry);
      StreamsBuilder builder = new StreamsBuilder();
      EnrichTopology.build(builder, topics, enricher, metrics, EnrichTopology.Windows.defaults());
      Properties props = new Properties();
      props.put(StreamsConfig.APPLICATION_ID_CONFIG, "hostile-input-test");
      props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
      props.put(StreamsConfig.STATE_DIR_CONFIG, tmp.resolve("state").toString());
      props.putAll(DeadLetterHandlers.config(topics.deadLetters().name(), metrics));
      driver = new TopologyTestDriver(builder.build(), props);
      raw =
          driver.createInputTopic(
              topics.raw().name(), new StringSerializer(), new ByteArraySerializer());
      enriched =
          driver.createOutputTopic(
              topics.enriched().name(),
              new StringDeserializer(),
              EnrichedSchema.checking(topics.enriched().valueSerde().deserializer()));
      deadLetters =
          driver.createOutputTopic(
              topics.deadLetters().name(),
              new ByteArrayDeserializer(),
              new ByteArrayDeserializer());
    }

    @Override
    public void close() {
      driver.close();
    }
  }

  private static List<String> reasons(List<TestRecord<byte[], byte[]>> letters) {
    return letters.stream()
        .map(
            r ->
                DeadLetters.header(r.headers(), DeadLetters.STAGE)
                    + ": "
                    + DeadLetters.header(r.headers(), DeadLetters.REASON))
        .toList();
  }

  private static List<ProducerRecord<byte[], byte[]>> sent(
      MockProducer<byte[], byte[]> producer, String topic) {
    return producer.history().stream().filter(r -> r.topic().equals(topic)).toList();
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** A PNG signature and seeded noise: not text in any encoding. */
  private static byte[] binary(int size) {
    byte[] bytes = new byte[size];
    new Random(20261202).nextBytes(bytes);
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    System.arraycopy(png, 0, bytes, 0, png.length);
    return bytes;
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(bytes);
    }
    return out.toByteArray();
  }

  private static String billionLaughs() {
    StringBuilder dtd =
        new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10))
          .append("\">");
    }
    return dtd.append("]><rss><channel><item><title>&lol9;</title></item></channel></rss>")
        .toString();
  }
}
