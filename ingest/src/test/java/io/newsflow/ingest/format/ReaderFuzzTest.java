package io.newsflow.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bounded fuzzing run that every {@code mvn verify} makes: for each parser, a valid document
 * and {@value #MUTANTS} seeded mutations of it (see {@link Mutations}) go through {@link
 * ArticleReader#read}, each call bounded in time, and every result must keep the {@link
 * ReaderInvariants}. The seed is fixed, so a failure repeats; its message shows the input. Longer,
 * coverage-guided runs: {@link ArticleReaderFuzzTest} and docs/FUZZING.md.
 */
class ReaderFuzzTest {
  static final int MUTANTS = 300;
  private final ReaderInvariants invariants = new ReaderInvariants();

  static Iterable<String> parsers() {
    return FuzzSeeds.byParser().keySet();
  }

  @ParameterizedTest
  @MethodSource("parsers")
  void mutatedDocumentsAreReadOrRejectedNeverThrown(String parser) {
    byte[] seed = FuzzSeeds.byParser().get(parser);
    assertThat(invariants.check(seed, parser + " seed").articles())
        .as("the %s seed itself is read", parser)
        .isNotEmpty();
    Random random = new Random(20261202L ^ parser.hashCode());
    int accepted = 0;
    for (int i = 0; i < MUTANTS; i++) {
      ReadResult result = invariants.check(Mutations.mutate(seed, random), parser + " mutant " + i);
      accepted += result.articles().isEmpty() ? 0 : 1;
    }
    // mutations that never keep a document readable would test only the rejection paths
    assertThat(accepted).as("%s mutants read as articles", parser).isBetween(1, MUTANTS);
  }

  static Stream<Path> savedInputs() throws IOException, URISyntaxException {
    Path folder =
        Path.of(
            ReaderFuzzTest.class.getResource("ArticleReaderFuzzTestInputs/readAnything").toURI());
    return Files.list(folder).sorted();
  }

  /** The inputs Jazzer starts from, each a regression once found: replayed in every verify. */
  @ParameterizedTest
  @MethodSource("savedInputs")
  void savedFuzzInputsAreReadOrRejected(Path input) throws IOException {
    invariants.check(Files.readAllBytes(input), input.getFileName().toString());
  }

  @ParameterizedTest
  @MethodSource("parsers")
  void randomBytesAreRejectedOrReadNeverThrown(String parser) {
    // the parser's first bytes (so the format is recognised) followed by noise
    byte[] seed = FuzzSeeds.byParser().get(parser);
    Random random = new Random(20261203L ^ parser.hashCode());
    for (int i = 0; i < MUTANTS / 3; i++) {
      int keep = random.nextInt(Math.min(seed.length, 40) + 1);
      byte[] noise = new byte[random.nextInt(512)];
      random.nextBytes(noise);
      byte[] input = new byte[keep + noise.length];
      System.arraycopy(seed, 0, input, 0, keep);
      System.arraycopy(noise, 0, input, keep, noise.length);
      invariants.check(input, parser + " noise " + i);
    }
  }
}
