package io.newsflow.bench.corenlp;

import io.newsflow.train.entity.ConllCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The CoNLL-2003 valid split with its gold tokens: documents split at {@code -DOCSTART-}, sentences
 * as given. Read from {@code ../shared} (never copied into the project), or from the file named by
 * the system property {@code newsflow.conll}.
 */
public record ValidSplit(Path file, List<List<String[]>> documents, long tokens) {
  public static final Path DEFAULT = Path.of("../shared/data/conll2003/valid.txt");

  /**
   * The file to read: {@code -Dnewsflow.conll=FILE}, or {@link #DEFAULT} from the working
   * directory.
   */
  public static Path location() {
    return Path.of(System.getProperty("newsflow.conll", DEFAULT.toString()));
  }

  public static boolean available() {
    return Files.isRegularFile(location());
  }

  /** Why nothing runs without the data, for the harnesses to print. */
  public static String missingMessage() {
    return "skipped: "
        + location().toAbsolutePath().normalize()
        + " is absent (it is in the project's shared data, not in the repository; run from the"
        + " worktree root next to ../shared, or pass -Dnewsflow.conll=FILE)";
  }

  public static ValidSplit load() {
    Path file = location();
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(missingMessage());
    }
    try {
      List<ConllCorpus.Document> read = ConllCorpus.read(file);
      List<List<String[]>> documents = read.stream().map(ConllCorpus.Document::words).toList();
      long tokens = read.stream().mapToLong(ConllCorpus.Document::tokenCount).sum();
      return new ValidSplit(file, documents, tokens);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  public int sentences() {
    return documents.stream().mapToInt(List::size).sum();
  }

  /** Tags every document once; the result is one IOB2 tag array per sentence, in file order. */
  public String[][][] tagWith(DocumentTagger tagger) {
    String[][][] tags = new String[documents.size()][][];
    for (int d = 0; d < tags.length; d++) {
      tags[d] = tagger.tag(documents.get(d));
    }
    return tags;
  }
}
