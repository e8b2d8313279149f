package io.newsflow.app.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.common.config.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateDirectoryTest {
  @TempDir Path tmp;

  @Test
  void instancesSideBySideGetFoldersOfTheirOwnAndARestartReusesTheFirstFree() {
    Path root = tmp.resolve("enrich");
    try (StateDirectory first = StateDirectory.claim(Optional.empty(), root);
        StateDirectory second = StateDirectory.claim(Optional.empty(), root)) {
      assertThat(first.path()).isEqualTo(root.resolve("instance-1"));
      assertThat(second.path()).isEqualTo(root.resolve("instance-2"));
    }
    try (StateDirectory again = StateDirectory.claim(Optional.empty(), root)) {
      assertThat(again.path()).isEqualTo(root.resolve("instance-1"));
    }
  }

  @Test
  void anExplicitFolderHeldByAnotherIsRefusedWithAnswerWhatToDo() {
    Path dir = tmp.resolve("mine");
    try (StateDirectory held = StateDirectory.claim(Optional.of(dir), tmp.resolve("unused"))) {
      assertThatThrownBy(() -> StateDirectory.claim(Optional.of(dir), tmp.resolve("unused")))
          .isInstanceOf(StateDirectory.StateDirectoryException.class)
          .hasMessage(
              "state directory "
                  + dir.toAbsolutePath()
                  + " is in use by another newsflow process;"
                  + " give another --state-dir");
    }
    try (StateDirectory free = StateDirectory.claim(Optional.of(dir), tmp.resolve("unused"))) {
      assertThat(free.path()).isEqualTo(dir.toAbsolutePath());
    }
  }

  @Test
  void stateOfAnotherClusterIsClearedAndStateOfTheSameKept() throws Exception {
    try (StateDirectory state = StateDirectory.claim(Optional.of(tmp.resolve("s")), tmp)) {
      state.keepFor("cluster-A");
      Path task = Files.createDirectories(state.path().resolve("newsflow-enrich").resolve("0_0"));
      Files.writeString(task.resolve(".checkpoint"), "offsets");

      state.keepFor("cluster-A");
      assertThat(task.resolve(".checkpoint")).exists();

      state.keepFor("cluster-B");
      assertThat(state.path().resolve("newsflow-enrich")).doesNotExist();
      assertThat(state.path().resolve(StateDirectory.LOCK_FILE)).exists();
      assertThat(Files.readString(state.path().resolve(StateDirectory.CLUSTER_FILE)).strip())
          .isEqualTo("cluster-B");
    }
  }

  @Test
  void theRootComesFromTheSettingElseTheHomeFolder() {
    Config set = new Config(Map.of(), Map.of("NEWSFLOW_STATE_DIR", "/srv/newsflow"), Map.of());
    assertThat(StateDirectory.serviceRoot(set, "sink")).isEqualTo(Path.of("/srv/newsflow", "sink"));
    assertThat(StateDirectory.serviceRoot(Config.empty(), "sink"))
        .isEqualTo(Path.of(System.getProperty("user.home"), ".newsflow", "state", "sink"));
  }
}
