package io.github.awesomedsl.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Finds the elements of a sequence whose key an earlier element already had, comparing 64-bit hashes of
 * the keys in a {@link LongIntMap} and building a key only to confirm a hash match: nothing is kept per
 * element but a hash and a flag, however long the sequence. Internal: not part of the public API.
 *
 * <p>Hashes are {@linkplain #put recorded} first, in any order; duplicates are then {@linkplain #forEach
 * found} in one pass.
 */
public final class Duplicates {

    /** Receives a duplicate and the earlier element with its key. */
    @FunctionalInterface
    public interface Found {
        void duplicate(int index, int earlier);
    }

    /** About how many elements a group holds: its map then takes some 200 KB. */
    private static final int GROUP_SIZE = 8192;

    private long[] hashes;
    private boolean[] recorded;
    private final int groupSize;

    /** Room for the elements {@code 0 … count - 1} to start with; it grows for later ones. */
    public Duplicates(int count) {
        this(count, GROUP_SIZE);
    }

    Duplicates(int count, int groupSize) {
        this.hashes = new long[count];
        this.recorded = new boolean[count];
        this.groupSize = groupSize;
    }

    /**
     * Records the hash of element {@code index}'s key, equal for equal keys. Elements never recorded are
     * left out. Not thread-safe.
     */
    public void put(int index, long hash) {
        if (index >= hashes.length) {
            int length = Math.max(index + 1, hashes.length + (hashes.length >> 1) + 16);
            hashes = Arrays.copyOf(hashes, length);
            recorded = Arrays.copyOf(recorded, length);
        }
        hashes[index] = hash;
        recorded[index] = true;
    }

    /**
     * Calls {@code found} for each recorded element whose key equals that of an earlier one, with the first
     * element that had the key, after every {@link #put}.
     *
     * <p>The elements are taken in groups of a few thousand that share the top bits of their hash, each
     * group in element order, so that the hash map of one group stays in a core's cache: the work per
     * element does not grow with the sequence. Duplicates are therefore found group by group, not in
     * element order.
     *
     * @param key an element's key, built only when two hashes match
     */
    public void forEach(IntFunction<String> key, Found found) {
        int groupBits = 0;
        while (groupBits < 20 && (long) groupSize << groupBits < hashes.length) {
            groupBits++;
        }
        int[] start = new int[(1 << groupBits) + 1];
        for (int i = 0; i < hashes.length; i++) {
            if (recorded[i]) {
                start[group(hashes[i], groupBits) + 1]++;
            }
        }
        int largest = 0;
        for (int g = 0; g < 1 << groupBits; g++) {
            largest = Math.max(largest, start[g + 1]);
            start[g + 1] += start[g];
        }
        int[] order = new int[start[1 << groupBits]];
        int[] next = Arrays.copyOf(start, 1 << groupBits);
        for (int i = 0; i < hashes.length; i++) {
            if (recorded[i]) {
                order[next[group(hashes[i], groupBits)]++] = i;
            }
        }
        LongIntMap byHash = new LongIntMap(largest);
        Map<String, Integer> collided = null;
        for (int g = 0; g < 1 << groupBits; g++) {
            if (g > 0) {
                byHash.clear();
            }
            for (int k = start[g]; k < start[g + 1]; k++) {
                int i = order[k];
                int earlier = byHash.putIfAbsent(hashes[i], i);
                if (earlier < 0) {
                    continue;
                }
                String elementKey = key.apply(i);
                String earlierKey = key.apply(earlier);
                if (!elementKey.equals(earlierKey)) {
                    // two keys with one hash: settle it on the keys
                    collided = collided == null ? new HashMap<>() : collided;
                    collided.putIfAbsent(earlierKey, earlier);
                    Integer first = collided.putIfAbsent(elementKey, i);
                    if (first == null) {
                        continue;
                    }
                    earlier = first;
                }
                found.duplicate(i, earlier);
            }
        }
    }

    private static int group(long hash, int groupBits) {
        return groupBits == 0 ? 0 : (int) (hash >>> (64 - groupBits));
    }
}
