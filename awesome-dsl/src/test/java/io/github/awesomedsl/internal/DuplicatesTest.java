package io.github.awesomedsl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToLongFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DuplicatesTest {

    /**
     * Against a map from key to first element: every later element with that key is a duplicate of the
     * first, whatever the grouping, and hash collisions between distinct keys are settled on the keys.
     */
    @ParameterizedTest(name = "group size {0}, weak hash {1}")
    @CsvSource({"1, false", "3, true", "64, false", "64, true", "8192, false", "8192, true"})
    void findsEachLaterElementWithTheKeyOfAnEarlierOne(int groupSize, boolean weakHash) {
        SplittableRandom random = new SplittableRandom(groupSize);
        int count = 20_000;
        String[] keys = new String[count];
        boolean[] left = new boolean[count];
        for (int i = 0; i < count; i++) {
            keys[i] = "k" + random.nextInt(12_000);
            left[i] = random.nextInt(10) == 0;
        }
        // a weak hash gives many distinct keys one hash; a good one spreads them over every group
        ToLongFunction<String> hash =
                weakHash ? k -> k.length() * 0x9E3779B97F4A7C15L : k -> k.hashCode() * 0x9E3779B97F4A7C15L;

        Duplicates duplicates = new Duplicates(weakHash ? 1 : count, groupSize); // room for one: it grows
        for (int i = count - 1; i >= 0; i--) { // recorded in any order
            if (!left[i]) {
                duplicates.put(i, hash.applyAsLong(keys[i]));
            }
        }
        List<String> found = new ArrayList<>();
        duplicates.forEach(i -> keys[i], (i, earlier) -> found.add(i + "<" + earlier));

        Map<String, Integer> first = new HashMap<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (!left[i]) {
                Integer earlier = first.putIfAbsent(keys[i], i);
                if (earlier != null) {
                    expected.add(i + "<" + earlier);
                }
            }
        }
        assertThat(expected).hasSizeGreaterThan(5_000);
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    }
}
