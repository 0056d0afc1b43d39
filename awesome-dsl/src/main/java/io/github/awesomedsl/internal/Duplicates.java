package io.github.awesomedsl.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Finds the elements of a list whose key an earlier element already had, comparing 64-bit hashes of the
 * keys in a {@link LongIntMap} and building a key only to confirm a hash match: no string is kept per
 * element, however long the list. Internal: not part of the public API.
 */
public final class Duplicates {

  private Duplicates() {}

  /**
   * Calls {@code onDuplicate(element, earlier)} for each element whose key equals that of an earlier one.
   *
   * @param elements the elements, in order; {@code null} ones are skipped
   * @param hash a 64-bit hash of an element's key, equal for equal keys
   * @param key the key itself, built only when two hashes match
   */
  public static <T> void forEach(
      List<T> elements, ToLongFunction<T> hash, Function<T, String> key, BiConsumer<T, T> onDuplicate) {
    LongIntMap byHash = new LongIntMap(elements.size());
    Map<String, T> collided = null;
    for (int i = 0; i < elements.size(); i++) {
      T element = elements.get(i);
      if (element == null) {
        continue;
      }
      int j = byHash.putIfAbsent(hash.applyAsLong(element), i);
      if (j < 0) {
        continue;
      }
      T earlier = elements.get(j);
      String elementKey = key.apply(element);
      String earlierKey = key.apply(earlier);
      if (!elementKey.equals(earlierKey)) {
        // two keys with one hash: settle it on the keys
        collided = collided == null ? new HashMap<>() : collided;
        collided.putIfAbsent(earlierKey, earlier);
        earlier = collided.putIfAbsent(elementKey, element);
        if (earlier == null) {
          continue;
        }
      }
      onDuplicate.accept(element, earlier);
    }
  }
}
