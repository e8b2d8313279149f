package io.newsflow.enrich.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LongKeyTableTest {
  @Test
  void findsWhatWasAddedAndNothingElse() {
    LongKeyTable table = new LongKeyTable(4, 2);
    int slot = table.add(42);
    table.slots()[slot + 1] = 7;
    table.slots()[slot + 2] = -8;

    assertThat(table.find(42)).isEqualTo(slot);
    assertThat(table.slots()[slot]).isEqualTo(42);
    assertThat(table.slots()[slot + 1]).isEqualTo(7);
    assertThat(table.slots()[slot + 2]).isEqualTo(-8);
    assertThat(table.find(43)).isEqualTo(LongKeyTable.ABSENT);
    assertThat(table.size()).isEqualTo(1);
  }

  @Test
  void addingAKeyAgainGivesItsSlotWithItsValues() {
    LongKeyTable table = new LongKeyTable(4, 1);
    int slot = table.add(-5);
    table.slots()[slot + 1] = 99;

    assertThat(table.add(-5)).isEqualTo(slot);
    assertThat(table.slots()[slot + 1]).isEqualTo(99);
    assertThat(table.size()).isEqualTo(1);
  }

  @Test
  void newKeysStartWithZeroValues() {
    LongKeyTable table = new LongKeyTable(4, 3);
    int slot = table.add(Long.MIN_VALUE);
    assertThat(
            new long[] {table.slots()[slot + 1], table.slots()[slot + 2], table.slots()[slot + 3]})
        .containsOnly(0L);
  }

  @Test
  void zeroCannotBeAKey() {
    LongKeyTable table = new LongKeyTable(4, 1);
    assertThatThrownBy(() -> table.add(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(table.find(0)).isEqualTo(LongKeyTable.ABSENT);
  }

  @Test
  void keysThatShareAHomeSlotAreAllKept() {
    // the home slot folds the high half onto the low one: these all start at slot 0
    LongKeyTable table = new LongKeyTable(64, 1);
    long[] keys = {
      1L << 32 | 1, 2L << 32 | 2, 3L << 32 | 3, 1L << 40 | 1L << 8, 1L << 7 | 1L << 39
    };
    for (int i = 0; i < keys.length; i++) {
      int slot = table.add(keys[i]);
      table.slots()[slot + 1] = i + 1;
    }
    for (int i = 0; i < keys.length; i++) {
      assertThat(table.slots()[table.find(keys[i]) + 1]).isEqualTo(i + 1);
    }
    assertThat(table.size()).isEqualTo(keys.length);
  }

  @Test
  void growsPastWhatWasExpectedAndKeepsEveryValue() {
    LongKeyTable table = new LongKeyTable(1, 1);
    int capacity = table.capacity();
    for (long k = 1; k <= 1000; k++) {
      int slot = table.add(k * 31); // before slots(): adding may grow the table into a new array
      table.slots()[slot + 1] = k;
    }
    assertThat(table.capacity()).isGreaterThan(capacity);
    assertThat(table.size()).isEqualTo(1000);
    for (long k = 1; k <= 1000; k++) {
      assertThat(table.slots()[table.find(k * 31) + 1]).isEqualTo(k);
    }
  }

  @Test
  void staysUnderItsLoadFactor() {
    LongKeyTable half = new LongKeyTable(100, 0);
    LongKeyTable dense = new LongKeyTable(100, 0, 0.75);
    for (long k = 1; k <= 100; k++) {
      half.add(k);
      dense.add(k);
    }
    assertThat(half.capacity()).isEqualTo(256);
    assertThat(dense.capacity()).isEqualTo(256); // 100 / 0.75 = 134, next power of two
    for (long k = 101; k <= 193; k++) {
      dense.add(k);
    }
    assertThat(dense.capacity()).isEqualTo(512); // 193 > 0.75 * 256
  }

  @Test
  void listsTheSlotOfEveryKey() {
    LongKeyTable table = new LongKeyTable(8, 1);
    Set<Long> keys = Set.of(3L, -9L, 1L << 50, 77L);
    for (long k : keys) {
      table.add(k);
    }
    Set<Long> listed = new HashSet<>();
    for (int slot : table.usedSlots()) {
      listed.add(table.slots()[slot]);
    }
    assertThat(listed).isEqualTo(keys);
  }

  /** Random adds and look-ups, the same on a HashMap: the table must always agree with it. */
  @Test
  void behavesAsAHashMap() {
    for (long seed = 1; seed <= 20; seed++) {
      Random random = new Random(seed);
      int width = random.nextInt(4);
      LongKeyTable table =
          new LongKeyTable(random.nextInt(50), width, random.nextBoolean() ? 0.5 : 0.75);
      Map<Long, long[]> reference = new HashMap<>();
      for (int op = 0; op < 5000; op++) {
        // keys from a small range (many repeats), or any long with some slot-picking bits cleared
        // (clashes)
        long key = random.nextBoolean() ? 1 + random.nextInt(300) : random.nextLong() & ~0xF00L;
        if (key == 0) {
          continue;
        }
        if (random.nextInt(3) == 0) {
          long[] values = new long[width];
          int slot = table.add(key);
          for (int v = 0; v < width; v++) {
            values[v] = random.nextLong();
            table.slots()[slot + 1 + v] = values[v];
          }
          reference.put(key, values);
        } else {
          int slot = table.find(key);
          long[] expected = reference.get(key);
          if (expected == null) {
            assertThat(slot).as("seed %d, key %d", seed, key).isEqualTo(LongKeyTable.ABSENT);
          } else {
            assertThat(slot).as("seed %d, key %d", seed, key).isNotEqualTo(LongKeyTable.ABSENT);
            for (int v = 0; v < width; v++) {
              assertThat(table.slots()[slot + 1 + v]).isEqualTo(expected[v]);
            }
          }
        }
        assertThat(table.size()).isEqualTo(reference.size());
      }
      for (Map.Entry<Long, long[]> e : reference.entrySet()) {
        int slot = table.find(e.getKey());
        assertThat(slot).isNotEqualTo(LongKeyTable.ABSENT);
        for (int v = 0; v < width; v++) {
          assertThat(table.slots()[slot + 1 + v]).isEqualTo(e.getValue()[v]);
        }
      }
      assertThat(table.usedSlots()).hasSize(reference.size());
    }
  }
}
