package io.github.awesomedsl.internal;

import java.util.Arrays;

/**
 * An open-addressing map from {@code long} keys to non-negative {@code int} values, for finding
 * duplicates among hundreds of thousands of hashed strings without a boxed key, a map node or the
 * string itself per entry. Internal: not part of the public API.
 */
public final class LongIntMap {

    private final long[] keys;
    private final int[] values;
    private final int mask;

    /** A map for up to {@code expected} keys (it never grows). */
    public LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, -1);
        mask = capacity - 1;
    }

    /** Removes every key. */
    public void clear() {
        Arrays.fill(values, -1);
    }

    /** Stores {@code value} under {@code key} unless the key is there; returns the value already stored, or -1. */
    public int putIfAbsent(long key, int value) {
        int slot = (int) (mix(key) & mask);
        while (values[slot] >= 0) {
            if (keys[slot] == key) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
        return -1;
    }

    private static long mix(long key) {
        key ^= key >>> 33;
        key *= 0xff51afd7ed558ccdL;
        return key ^ (key >>> 33);
    }
}
