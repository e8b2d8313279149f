package io.newsflow.ingest.format;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of a valid document: byte flips, hostile snippets (markup, entities, escapes,
 * invalid UTF-8, byte-order marks, furniture), cuts, repeats and truncation. What a coverage-guided
 * fuzzer does blindly, aimed at the places news parsers break.
 */
final class Mutations {
  private static final int MAX_SIZE = 64 * 1024;
  private static final List<byte[]> SNIPPETS =
      List.of(
          utf8("<"),
          utf8(">"),
          utf8("&"),
          utf8("&amp;"),
          utf8("&#0;"),
          utf8("&#x110000;"),
          utf8("]]>"),
          utf8("<![CDATA["),
          utf8("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>"),
          utf8("&e;"),
          utf8("</"),
          utf8("<p "),
          utf8("<div>"),
          utf8("<script>"),
          utf8("<br/>"),
          utf8("xmlns:a=\"u\" "),
          utf8("a:"),
          utf8("{"),
          utf8("}"),
          utf8("["),
          utf8("]"),
          utf8("\""),
          utf8("\\"),
          utf8("\\u"),
          utf8("\\ud800"),
          utf8(":"),
          utf8(","),
          utf8("null"),
          utf8("1e999999999"),
          utf8("-0.0e-0"),
          utf8("9".repeat(40)),
          utf8("\n"),
          utf8("\r\n"),
          utf8("\u0000"),
          utf8("\u0007"),
          utf8("\u202e"),
          utf8("\u0301"),
          utf8("😀"),
          utf8("\uFEFF"),
          new byte[] {(byte) 0xC3},
          new byte[] {(byte) 0xFF, (byte) 0xFE},
          new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
          utf8("Share this. "),
          utf8("Advertisement. "),
          utf8("This site uses cookies. Accept"),
          utf8(". "),
          utf8("2021-13-45T99:99:99Z"),
          utf8("Tue, 31 Feb 2021 25:00:00 GMT"));

  private Mutations() {}

  static byte[] mutate(byte[] seed, Random random) {
    byte[] bytes = seed;
    int rounds = 1 + random.nextInt(4);
    for (int i = 0; i < rounds; i++) {
      bytes = once(bytes, random);
    }
    return bytes.length > MAX_SIZE ? Arrays.copyOf(bytes, MAX_SIZE) : bytes;
  }

  private static byte[] once(byte[] bytes, Random random) {
    int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
    switch (random.nextInt(6)) {
      case 0 -> { // flip a byte
        if (bytes.length == 0) {
          return bytes;
        }
        byte[] out = bytes.clone();
        out[Math.min(at, out.length - 1)] = (byte) random.nextInt(256);
        return out;
      }
      case 1 -> { // insert a hostile snippet
        byte[] snippet = SNIPPETS.get(random.nextInt(SNIPPETS.size()));
        return splice(bytes, at, at, snippet);
      }
      case 2 -> { // cut a range
        int end = Math.min(bytes.length, at + random.nextInt(64));
        return splice(bytes, at, end, new byte[0]);
      }
      case 3 -> { // repeat a range, sometimes many times
        int end = Math.min(bytes.length, at + 1 + random.nextInt(32));
        byte[] range = Arrays.copyOfRange(bytes, Math.min(at, end), end);
        int times = random.nextInt(4) == 0 ? 200 + random.nextInt(800) : 2;
        ByteArrayOutputStream repeated = new ByteArrayOutputStream();
        for (int t = 0; t < times; t++) {
          repeated.writeBytes(range);
        }
        return splice(bytes, at, at, repeated.toByteArray());
      }
      case 4 -> { // truncate
        return Arrays.copyOf(bytes, at);
      }
      default -> { // nest: wrap a range in a snippet pair, as markup or JSON would
        String[][] pairs = {{"<b>", "</b>"}, {"[", "]"}, {"{\"a\":", "}"}, {"<div>", "</div>"}};
        String[] pair = pairs[random.nextInt(pairs.length)];
        int depth = 1 + random.nextInt(random.nextInt(8) == 0 ? 3000 : 5);
        int open = random.nextInt(at + 1);
        byte[] closed = splice(bytes, at, at, utf8(pair[1].repeat(depth)));
        return splice(closed, open, open, utf8(pair[0].repeat(depth)));
      }
    }
  }

  private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
    byte[] out = new byte[bytes.length - (to - from) + insert.length];
    System.arraycopy(bytes, 0, out, 0, from);
    System.arraycopy(insert, 0, out, from, insert.length);
    System.arraycopy(bytes, to, out, from + insert.length, bytes.length - to);
    return out;
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
