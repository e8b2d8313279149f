package io.newsflow.enrich.entity;

import io.newsflow.common.concurrent.Background;
import io.newsflow.enrich.entity.gazetteer.Countries;
import io.newsflow.enrich.entity.gazetteer.NameLists;
import io.newsflow.enrich.entity.tagger.SequenceTagger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code newsflow tag --format conll}: reads CoNLL-2003 column text and writes every line back with
 * the predicted IOB2 tag appended as a last column. Blank lines and {@code -DOCSTART-} lines pass
 * through unchanged; the first column's tokens are used as they are; a document (the lines between
 * two {@code -DOCSTART-} lines) is tagged as a whole, so later sentences can use what earlier ones
 * said. The tags are the tagger's as {@link NameCues} corrects them, as for articles. Documents are
 * independent, so with more than one thread they are tagged side by side and written in their
 * order; at most a few documents a thread are held at a time. Thread-safe.
 */
public final class ConllTagging {
  private final SequenceTagger tagger;
  private final NameCues cues;
  private final int threads;

  /** Tags one document at a time, on the calling thread. */
  public ConllTagging(SequenceTagger tagger) {
    this(tagger, 1);
  }

  /** Tags up to {@code threads} documents at a time. */
  public ConllTagging(SequenceTagger tagger, int threads) {
    this(tagger, new NameCues(Countries.load()), threads);
  }

  private ConllTagging(SequenceTagger tagger, NameCues cues, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.tagger = tagger;
    this.cues = cues;
    this.threads = threads;
  }

  /** With the committed model, one document at a time. */
  public static ConllTagging load() {
    return new ConllTagging(SequenceTagger.load());
  }

  /** With the committed model, up to {@code threads} documents at a time. */
  public static ConllTagging load(int threads) {
    // the cues load beside the tagger, and from the same name lists, read once
    Background<NameLists> lists = Background.start(NameLists::read);
    Background<NameCues> cues = Background.start(() -> new NameCues(Countries.load(), lists.get()));
    SequenceTagger tagger = SequenceTagger.load(lists::get);
    return new ConllTagging(tagger, cues.get(), threads);
  }

  public void tag(Reader in, Writer out) throws IOException {
    ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
    try {
      tag(in, out, pool);
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  private void tag(Reader in, Writer out, ExecutorService pool) throws IOException {
    BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
    Deque<Future<String>> pending = new ArrayDeque<>();
    List<String> document = new ArrayList<>();
    String line;
    while ((line = reader.readLine()) != null) {
      if (isDocStart(line)) {
        submit(document, line, pool, pending, out);
        document = new ArrayList<>();
      } else {
        document.add(line);
      }
    }
    submit(document, null, pool, pending, out);
    while (!pending.isEmpty()) {
      out.write(done(pending.removeFirst()));
    }
    out.flush();
  }

  /**
   * Tags the document and the {@code -DOCSTART-} line after it (null at the end): now without a
   * pool, else on it, writing out the finished documents in their order while too many wait.
   */
  private void submit(
      List<String> document,
      String docStart,
      ExecutorService pool,
      Deque<Future<String>> pending,
      Writer out)
      throws IOException {
    if (pool == null) {
      out.write(tagged(document, docStart));
      return;
    }
    pending.addLast(pool.submit(() -> tagged(document, docStart)));
    while (pending.size() > 2 * threads) {
      out.write(done(pending.removeFirst()));
    }
  }

  private static String done(Future<String> document) throws IOException {
    try {
      return document.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while tagging");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static boolean isDocStart(String line) {
    return line.stripLeading().startsWith("-DOCSTART-");
  }

  /**
   * The line's first column: what {@code line.strip().split("\\s+", 2)[0]} gives, without compiling
   * a regular expression for every line (a third of the command's time went there).
   */
  static String firstColumn(String line) {
    String stripped = line.strip();
    for (int i = 0; i < stripped.length(); i++) {
      if (isRegexSpace(stripped.charAt(i))) {
        return stripped.substring(0, i);
      }
    }
    return stripped;
  }

  /** The characters of the regular expression class {@code \\s}. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private String tagged(List<String> lines, String docStart) {
    List<String[]> sentences = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          sentences.add(current.toArray(String[]::new));
          current.clear();
        }
      } else {
        current.add(firstColumn(line));
      }
    }
    if (!current.isEmpty()) {
      sentences.add(current.toArray(String[]::new));
    }
    String[][] tags = cues.correct(sentences, tagger.tag(sentences));
    StringBuilder out = new StringBuilder();
    int s = 0;
    int i = 0;
    for (String line : lines) {
      if (line.isBlank()) {
        if (i > 0) {
          s++;
          i = 0;
        }
        out.append(line);
      } else {
        out.append(line.stripTrailing()).append(' ').append(tags[s][i++]);
      }
      out.append('\n');
    }
    if (docStart != null) {
      out.append(docStart).append('\n');
    }
    return out.toString();
  }
}
