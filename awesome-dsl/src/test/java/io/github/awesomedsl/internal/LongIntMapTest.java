package io.github.awesomedsl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongIntMapTest {

    @Test
    void keepsTheFirstValueOfEachKey() {
        LongIntMap map = new LongIntMap(4);
        assertThat(map.putIfAbsent(0L, 0)).isEqualTo(-1);
        assertThat(map.putIfAbsent(0L, 7)).isZero();
        assertThat(map.putIfAbsent(-1L, Integer.MAX_VALUE)).isEqualTo(-1);
        assertThat(map.putIfAbsent(-1L, 3)).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void agreesWithAHashMapWhenFull() {
        int count = 50_000;
        LongIntMap map = new LongIntMap(count);
        Map<Long, Integer> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < count; i++) {
            long key = random.nextInt(20_000) * 0x1_0000_0001L; // repeats, and keys equal in their low bits
            Integer earlier = expected.putIfAbsent(key, i);
            assertThat(map.putIfAbsent(key, i)).isEqualTo(earlier == null ? -1 : earlier);
        }
    }
}
