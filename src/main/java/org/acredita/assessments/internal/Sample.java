package org.acredita.assessments.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A reproducible random share of a file's standards: the numbers in the file's order, shuffled with
 * {@link Random} seeded by the recorded seed (its algorithm is fixed by the Java specification, so the same
 * seed draws the same standards on any JVM), and the first ceil(share × count) taken.
 */
public final class Sample {

    private Sample() {
    }

    public static List<String> draw(List<String> numbers, int percent, long seed) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("percent " + percent);
        }
        List<String> shuffled = new ArrayList<>(numbers);
        Collections.shuffle(shuffled, new Random(seed));
        int size = (int) Math.ceil(numbers.size() * percent / 100.0);
        List<String> drawn = shuffled.subList(0, size);
        java.util.Set<String> chosen = java.util.Set.copyOf(drawn);
        return numbers.stream().filter(chosen::contains).toList();
    }
}
