package io.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.format.ReadLimits;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {
  private static final ReadLimits LIMITS = ReadLimits.defaults();
  private static final Receipt NOTHING = new Receipt(List.of(), List.of());

  @Test
  void folderIsReadSortedWithoutHiddenFilesAndOptionallyRecursively(@TempDir Path folder)
      throws Exception {
    Files.writeString(folder.resolve("b.txt"), "B");
    Files.writeString(folder.resolve("a.txt"), "A");
    Files.writeString(folder.resolve(".DS_Store"), "x");
    Files.createDirectories(folder.resolve("sub"));
    Files.writeString(folder.resolve("sub/c.txt"), "C");
    Files.createDirectories(folder.resolve(".git"));
    Files.writeString(folder.resolve(".git/d.txt"), "D");

    assertThat(names(new FolderSource(folder, false, LIMITS))).containsExactly("a.txt", "b.txt");
    assertThat(names(new FolderSource(folder, true, LIMITS)))
        .containsExactly("a.txt", "b.txt", "c.txt");
  }

  @Test
  void stdinIsOneInput() throws Exception {
    List<SourceItem> items = new CopyOnWriteArrayList<>();
    new StdinSource(
            new ByteArrayInputStream("Headline\n\nBody".getBytes(StandardCharsets.UTF_8)), LIMITS)
        .run(
            item -> {
              items.add(item);
              return NOTHING;
            });
    assertThat(items)
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.name()).isEqualTo("stdin");
              assertThat(new String(item.bytes(), StandardCharsets.UTF_8))
                  .isEqualTo("Headline\n\nBody");
            });
  }

  @Test
  void jsonLinesOnStdinAreDeliveredLineByLine() throws Exception {
    String lines = "{\"headline\": \"One\"}\n\n{\"headline\": \"Two\"}\n{\"headline\": \"Thr\n";
    List<SourceItem> items = new CopyOnWriteArrayList<>();
    new StdinSource(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), LIMITS)
        .run(
            item -> {
              items.add(item);
              return NOTHING;
            });
    assertThat(items)
        .extracting(SourceItem::origin)
        .containsExactly("stdin line 1", "stdin line 3", "stdin line 4");
    assertThat(new String(items.get(2).bytes(), StandardCharsets.UTF_8))
        .isEqualTo("{\"headline\": \"Thr\n");
  }

  @Test
  void prettyJsonOnStdinIsOneInput() throws Exception {
    String pretty = "{\n  \"headline\": \"One\",\n  \"body\": \"b\"\n}\n";
    List<SourceItem> items = new CopyOnWriteArrayList<>();
    new StdinSource(new ByteArrayInputStream(pretty.getBytes(StandardCharsets.UTF_8)), LIMITS)
        .run(
            item -> {
              items.add(item);
              return NOTHING;
            });
    assertThat(items)
        .singleElement()
        .satisfies(
            item -> assertThat(new String(item.bytes(), StandardCharsets.UTF_8)).isEqualTo(pretty));
  }

  @Test
  @Timeout(10)
  void aStdinLineIsDeliveredBeforeTheNextArrives() throws Exception {
    java.io.PipedOutputStream writer = new java.io.PipedOutputStream();
    java.io.PipedInputStream reader = new java.io.PipedInputStream(writer);
    List<SourceItem> items = new CopyOnWriteArrayList<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                new StdinSource(reader, LIMITS)
                    .run(
                        item -> {
                          items.add(item);
                          return NOTHING;
                        });
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    thread.start();
    writer.write("{\"headline\": \"Live\"}\n".getBytes(StandardCharsets.UTF_8));
    writer.flush();
    waitFor(() -> items.size() == 1); // the pipe is still open
    writer.close();
    thread.join(5_000);
    assertThat(items).hasSize(1);
  }

  @Test
  void anOversizedStreamKeepsItsHeadAndTrueSize() throws Exception {
    ReadLimits small = new ReadLimits(10, 20);
    List<SourceItem> items = new CopyOnWriteArrayList<>();
    new StdinSource(new ByteArrayInputStream(new byte[55]), small)
        .run(
            item -> {
              items.add(item);
              return NOTHING;
            });
    assertThat(items.get(0).bytes()).hasSize(10);
    assertThat(items.get(0).size()).isEqualTo(55);
    assertThat(items.get(0).truncated()).isTrue();
  }

  @Test
  @Timeout(20)
  void watchedFolderDeliversExistingThenNewFilesOnce(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("old.txt"), "Old\n\nstory");
    List<String> seen = new CopyOnWriteArrayList<>();
    WatchedFolderSource watch =
        new WatchedFolderSource(folder, false, Duration.ofMillis(50), LIMITS);
    Thread thread =
        new Thread(
            () -> {
              try {
                watch.run(
                    item -> {
                      seen.add(item.name());
                      return NOTHING;
                    });
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    thread.start();
    waitFor(() -> seen.contains("old.txt"));
    Files.writeString(folder.resolve("new.txt"), "New\n\nstory");
    waitFor(() -> seen.contains("new.txt"));
    Thread.sleep(300); // several more polls: nothing is delivered twice
    watch.close();
    thread.join(5_000);
    assertThat(thread.isAlive()).isFalse();
    assertThat(seen).containsExactly("old.txt", "new.txt");
  }

  private static List<String> names(ArticleSource source) throws Exception {
    List<String> names = new CopyOnWriteArrayList<>();
    source.run(
        item -> {
          names.add(item.name());
          return NOTHING;
        });
    return names;
  }

  private static void waitFor(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met in 10 s");
      }
      Thread.sleep(20);
    }
  }
}
