package io.newsflow.app.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The articles of one stage in flight and what became of them: when each was handed to ingest, when
 * it came out (or went to the dead-letter topic), and so the latencies and the throughput.
 *
 * <p>The sender calls {@link #sending} and {@link #refused}; the one output-reading thread calls
 * {@link #cameOut}; the figures are read once both have finished.
 */
final class Deliveries {
  private record Flight(long sentNanos, int bytes) {}

  private final Map<String, Flight> inFlight = new ConcurrentHashMap<>();
  private final Semaphore room;
  private final int window;
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();
  private final AtomicLong delivered = new AtomicLong();
  private volatile long firstOutputNanos = -1;
  private volatile long lastProgressNanos = System.nanoTime();
  private volatile boolean windowFilled;

  // the output-reading thread's alone
  private long[] latencies = new long[1024];
  private int measured;
  private long deadLettered;
  private long unexpected;
  private long lastOutputNanos;
  private long deliveredAfterFirst;
  private long bytesAfterFirst;

  private final long warmupNanos;

  /**
   * At most {@code window} articles in flight at once; the figures leave out the first {@code
   * warmup} after the first output (articles sent in it, and its throughput).
   */
  Deliveries(int window, Duration warmup) {
    this.window = window;
    this.room = new Semaphore(window);
    this.warmupNanos = warmup.toNanos();
  }

  /** Waits for room in the window until {@code deadlineNanos}; false when there was none. */
  boolean awaitRoom(long deadlineNanos) throws InterruptedException {
    if (room.tryAcquire()) {
      return true;
    }
    if (firstOutputNanos >= 0) {
      windowFilled = true;
    }
    return room.tryAcquire(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
  }

  /** Article {@code id} ({@code bytes} of JSON) is being handed to ingest; room was taken. */
  void sending(String id, long sentNanos, int bytes) {
    inFlight.put(id, new Flight(sentNanos, bytes));
    sent.incrementAndGet();
    lastProgressNanos = System.nanoTime();
  }

  /** Ingest did not take article {@code id}: it will not come out. */
  void refused(String id) {
    if (inFlight.remove(id) != null) {
      sent.decrementAndGet();
      refused.incrementAndGet();
      room.release();
    }
  }

  /**
   * Article {@code id} was read from the output ({@code deadLetter}: from the dead-letter topic) at
   * {@code nowNanos}. Ids this stage did not send count as unexpected on the output, and are let be
   * on the dead-letter topic (which an earlier stage shares).
   */
  void cameOut(String id, boolean deadLetter, long nowNanos) {
    Flight flight = id == null ? null : inFlight.remove(id);
    if (flight == null) {
      unexpected += deadLetter ? 0 : 1;
      return;
    }
    room.release();
    lastProgressNanos = System.nanoTime();
    if (deadLetter) {
      deadLettered++;
      return;
    }
    if (firstOutputNanos < 0) {
      firstOutputNanos = nowNanos;
    }
    lastOutputNanos = nowNanos;
    long measuredFrom = measuredFromNanos();
    if (nowNanos > measuredFrom) {
      deliveredAfterFirst++;
      bytesAfterFirst += flight.bytes();
    }
    if (flight.sentNanos() >= measuredFrom) {
      if (measured == latencies.length) {
        latencies = Arrays.copyOf(latencies, measured * 2);
      }
      latencies[measured++] = nowNanos - flight.sentNanos();
    }
    delivered.incrementAndGet();
  }

  /** When the first article came out, or -1 while none has. */
  long firstOutputNanos() {
    return firstOutputNanos;
  }

  /** When the measured time starts: the warm-up after the first output; -1 while none came out. */
  long measuredFromNanos() {
    return firstOutputNanos < 0 ? -1 : firstOutputNanos + warmupNanos;
  }

  /** When an article was last sent, came out or was dead-lettered. */
  long lastProgressNanos() {
    return lastProgressNanos;
  }

  /** Articles sent that have not come out yet. */
  int inFlight() {
    return inFlight.size();
  }

  long sent() {
    return sent.get();
  }

  long delivered() {
    return delivered.get();
  }

  boolean drained() {
    return room.availablePermits() == window;
  }

  /** The figures of the stage, once the sender and the output reader are done. */
  StageResult result(String stage, long startedNanos) {
    long[] sorted = Arrays.copyOf(latencies, measured);
    Arrays.sort(sorted);
    double seconds = (lastOutputNanos - measuredFromNanos()) / 1e9;
    boolean spans = firstOutputNanos >= 0 && seconds > 0;
    return new StageResult(
        stage,
        sent.get(),
        delivered.get(),
        deadLettered,
        refused.get(),
        unexpected,
        firstOutputNanos < 0 ? null : (firstOutputNanos - startedNanos) / 1e9,
        spans ? deliveredAfterFirst / seconds : null,
        spans ? bytesAfterFirst / seconds / 1e6 : null,
        Percentiles.of(sorted),
        windowFilled);
  }
}
