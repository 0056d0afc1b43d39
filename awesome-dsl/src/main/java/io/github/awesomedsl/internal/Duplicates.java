package io.github.awesomedsl.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Finds the elements of a sequence whose key an earlier element already had, comparing 64-bit hashes of
 * the keys in a {@link LongIntMap} and building a key only to confirm a hash match: nothing is kept per
 * element but a hash and a flag, however long the sequence. Internal: not part of the public API.
 *
 * <p>Hashes are {@linkplain #put recorded} first, in any order and from several threads for distinct
 * elements; duplicates are then {@linkplain #forEach found} in one pass, in element order.
 */
public final class Duplicates {

  /** Receives a duplicate and the earlier element with its key. */
  @FunctionalInterface
  public interface Found {
    void duplicate(int index, int earlier);
  }

  private final long[] hashes;
  private final boolean[] recorded;

  /** Room for the elements {@code 0 … count - 1}. */
  public Duplicates(int count) {
    hashes = new long[count];
    recorded = new boolean[count];
  }

  /**
   * Records the hash of element {@code index}'s key, equal for equal keys. Elements never recorded are
   * left out. Distinct elements may be recorded concurrently.
   */
  public void put(int index, long hash) {
    hashes[index] = hash;
    recorded[index] = true;
  }

  /**
   * Calls {@code found}, in element order, for each recorded element whose key equals that of an earlier
   * one. Call it after every {@link #put} has returned, on a thread that sees their writes.
   *
   * @param key an element's key, built only when two hashes match
   */
  public void forEach(IntFunction<String> key, Found found) {
    LongIntMap byHash = new LongIntMap(hashes.length);
    Map<String, Integer> collided = null;
    for (int i = 0; i < hashes.length; i++) {
      if (!recorded[i]) {
        continue;
      }
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
