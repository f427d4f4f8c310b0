package org.acredita.database.seeding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.acredita.database.DemoSeed;

/**
 * The order demo seeds run in: each after the seeds it names; among seeds free to run, by name, so every
 * start seeds in the same order. Refuses a duplicate name, a name no seed declares and a cycle.
 */
final class SeedOrder {

    private SeedOrder() {
    }

    static List<DemoSeed> of(Collection<? extends DemoSeed> seeds) {
        Map<String, DemoSeed> waiting = byName(seeds);
        Map<String, DemoSeed> ordered = new LinkedHashMap<>();
        while (!waiting.isEmpty()) {
            DemoSeed next = waiting.values().stream().filter(seed -> ordered.keySet().containsAll(seed.after()))
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "Demo seeds wait on each other: " + String.join(" → ", cycle(waiting, ordered))));
            ordered.put(next.name(), next);
            waiting.remove(next.name());
        }
        return List.copyOf(ordered.values());
    }

    private static Map<String, DemoSeed> byName(Collection<? extends DemoSeed> seeds) {
        Map<String, DemoSeed> byName = new TreeMap<>();
        for (DemoSeed seed : seeds) {
            if (byName.put(seed.name(), seed) != null) {
                throw new IllegalStateException("Two demo seeds are named " + seed.name());
            }
        }
        for (DemoSeed seed : byName.values()) {
            for (String before : new TreeSet<>(seed.after())) {
                if (!byName.containsKey(before)) {
                    throw new IllegalStateException("Demo seed " + seed.name() + " runs after " + before
                            + ", which no seed declares");
                }
            }
        }
        return byName;
    }

    /** Every seed still waiting waits on another one still waiting, so following them comes back round. */
    private static List<String> cycle(Map<String, DemoSeed> waiting, Map<String, DemoSeed> ordered) {
        List<String> path = new ArrayList<>();
        String current = waiting.keySet().iterator().next();
        while (!path.contains(current)) {
            path.add(current);
            current = new TreeSet<>(waiting.get(current).after()).stream()
                    .filter(name -> !ordered.containsKey(name)).findFirst().orElseThrow();
        }
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(current), path.size()));
        cycle.add(current);
        return cycle;
    }
}
