package io.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.newsflow.ingest.format.ReadLimits;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.URI;
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

  @Test
  @Timeout(20)
  void feedIsPolledAndUnchangedFeedsAreNotReadAgain() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    List<Integer> statuses = new CopyOnWriteArrayList<>();
    server.createContext(
        "/feed.xml",
        exchange -> {
          byte[] body =
              "<rss><channel><item><title>T</title></item></channel></rss>"
                  .getBytes(StandardCharsets.UTF_8);
          boolean same = "v1".equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
          exchange.getResponseHeaders().set("ETag", "v1");
          statuses.add(same ? 304 : 200);
          exchange.sendResponseHeaders(same ? 304 : 200, same ? -1 : body.length);
          if (!same) {
            exchange.getResponseBody().write(body);
          }
          exchange.close();
        });
    server.start();
    try {
      URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml");
      FeedSource feed = new FeedSource(url, Duration.ofMillis(50), LIMITS);
      List<SourceItem> items = new CopyOnWriteArrayList<>();
      Thread thread =
          new Thread(
              () -> {
                try {
                  feed.run(
                      item -> {
                        items.add(item);
                        return NOTHING;
                      });
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
      thread.start();
      waitFor(() -> statuses.size() >= 3);
      feed.close();
      thread.join(5_000);
      assertThat(items).hasSize(1);
      assertThat(items.get(0).name()).isEqualTo(url.toString());
      assertThat(statuses.subList(1, statuses.size())).containsOnly(304);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void specsNameTheirSources(@TempDir Path folder) throws Exception {
    Path file = Files.writeString(folder.resolve("one.txt"), "One");
    SourceOptions options = SourceOptions.defaults();
    assertThat(Sources.parse("-", options, new ByteArrayInputStream(new byte[0])))
        .isInstanceOf(StdinSource.class);
    assertThat(Sources.parse(file.toString(), options, null)).isInstanceOf(FileSource.class);
    assertThat(Sources.parse(folder.toString(), options, null)).isInstanceOf(FolderSource.class);
    assertThat(Sources.parse(folder.toString(), options.withWatch(true), null))
        .isInstanceOf(WatchedFolderSource.class);
    assertThat(Sources.parse("https://example.org/feed.xml", options, null))
        .isInstanceOf(FeedSource.class);
    assertThat(Sources.parse("http:8081", options, null)).isInstanceOf(HttpPushSource.class);
    assertThatThrownBy(() -> Sources.parse(folder.resolve("missing").toString(), options, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no such file or folder: ");
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
