package io.github.awesomedsl.maven.http;

import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * Politeness toward one host, measured when a request is sent, not when it is queued.
 *
 * <p>With an interval, requests to the host go one at a time, and each starts at least {@code interval}
 * after the previous one was answered (the way a crawl delay is read): since a request reaches the
 * host before its answer comes back, two requests can never arrive closer than the interval, however
 * late a busy machine sends the first or however long the host takes. Without an interval, up to
 * {@code perHost} requests are in flight at once.
 *
 * <p>A host that asks to wait (429 or 503 with Retry-After, an exhausted rate limit) gets no request before
 * that time; one that asks for longer than the caller's cap is marked rate-limited, and is not asked again
 * this run. One gate per host is shared by everything that talks to it ({@code awesome:links},
 * {@code awesome:metadata}).
 */
public final class HostGate {

    private final Semaphore inFlight;
    private final long intervalNanos;
    private long notBefore = System.nanoTime();
    private boolean rateLimited;

    public HostGate(int perHost, Duration interval) {
        this.intervalNanos = interval.toNanos();
        this.inFlight = new Semaphore(intervalNanos > 0 ? 1 : perHost, true);
    }

    /** Waits for a slot and for the host's next start time; pair with {@link #release()}. */
    public void acquire() throws InterruptedException {
        inFlight.acquire();
        try {
            synchronized (this) {
                for (long wait = notBefore - System.nanoTime(); wait > 0; wait = notBefore - System.nanoTime()) {
                    wait(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
        } catch (InterruptedException e) {
            inFlight.release();
            throw e;
        }
    }

    /** The request was answered (or failed): the next may start an interval from now. */
    public void release() {
        synchronized (this) {
            notBefore = Math.max(notBefore, System.nanoTime() + intervalNanos);
        }
        inFlight.release();
    }

    /** The host asked to wait {@code delay}: no request to it starts before then. */
    public synchronized void pause(Duration delay) {
        notBefore = Math.max(notBefore, System.nanoTime() + delay.toNanos());
    }

    /** The host asked to wait longer than anyone waits: its links are reported unverifiable. */
    private boolean silent;

    public synchronized void markRateLimited() {
        rateLimited = true;
    }

    /** The host did not answer in time once this run: its other links are not waited for again. */
    public synchronized void markSilent() {
        silent = true;
    }

    public synchronized boolean isSilent() {
        return silent;
    }

    public synchronized boolean isRateLimited() {
        return rateLimited;
    }
}
