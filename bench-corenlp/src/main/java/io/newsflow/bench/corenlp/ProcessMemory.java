package io.newsflow.bench.corenlp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This JVM's resident memory from {@code /proc/self/status} (Linux): now and its high-water mark.
 */
final class ProcessMemory {
  private static final Path STATUS = Path.of("/proc/self/status");

  private ProcessMemory() {}

  /** Resident set now, in MB, or -1 where /proc is not there. */
  static long residentMb() {
    return fieldMb("VmRSS:");
  }

  /** The resident set's peak since the JVM started, in MB, or -1 where /proc is not there. */
  static long peakResidentMb() {
    return fieldMb("VmHWM:");
  }

  /** Heap in use after a full collection, in MB: what the loaded objects hold. */
  static long heapUsedAfterGcMb() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
  }

  private static long fieldMb(String field) {
    try {
      for (String line : Files.readAllLines(STATUS)) {
        if (line.startsWith(field)) {
          return Long.parseLong(line.substring(field.length()).replace("kB", "").strip()) >> 10;
        }
      }
      return -1;
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
  }
}
