package io.github.awesomedsl.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntToLongFunction;

/**
 * Finds the elements of a sequence whose key an earlier element already had, comparing 64-bit hashes of
 * the keys in a {@link LongIntMap} and building a key only to confirm a hash match: nothing is kept per
 * element but a slot of two primitive arrays, however long the sequence. Internal: not part of the
 * public API.
 */
public final class Duplicates {

  /** Receives a duplicate and the earlier element with its key. */
  @FunctionalInterface
  public interface Found {
    void duplicate(int index, int earlier);
  }

  private Duplicates() {}

  /**
   * Calls {@code found} for each element (by index) whose key equals that of an earlier element.
   *
   * @param count how many elements there are
   * @param skip the elements to leave out
   * @param hash a 64-bit hash of an element's key, equal for equal keys
   * @param key the key itself, built only when two hashes match
   */
  public static void forEach(int count, IntPredicate skip, IntToLongFunction hash, IntFunction<String> key, Found found) {
    LongIntMap byHash = new LongIntMap(count);
    Map<String, Integer> collided = null;
    for (int i = 0; i < count; i++) {
      if (skip.test(i)) {
        continue;
      }
      int earlier = byHash.putIfAbsent(hash.applyAsLong(i), i);
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
