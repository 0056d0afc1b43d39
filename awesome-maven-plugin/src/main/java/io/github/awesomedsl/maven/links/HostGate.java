package io.github.awesomedsl.maven.links;

import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * Politeness toward one host: at most {@code perHost} requests in flight, request starts at least
 * {@code interval} apart, and no request before a time the host asked for (Retry-After).
 */
final class HostGate {

  private final Semaphore inFlight;
  private final long intervalNanos;
  private long nextStart = System.nanoTime();

  HostGate(int perHost, Duration interval) {
    this.inFlight = new Semaphore(perHost, true);
    this.intervalNanos = interval.toNanos();
  }

  /** Waits for a slot and for this request's start time; pair with {@link #release()}. */
  void acquire() throws InterruptedException {
    inFlight.acquire();
    long start;
    synchronized (this) {
      start = Math.max(System.nanoTime(), nextStart);
      nextStart = start + intervalNanos;
    }
    long wait = start - System.nanoTime();
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }

  void release() {
    inFlight.release();
  }

  /** The host asked to wait (429 with Retry-After): no request to it starts before {@code delay} from now. */
  synchronized void pause(Duration delay) {
    nextStart = Math.max(nextStart, System.nanoTime() + delay.toNanos());
  }
}
