package app.rune.service.analytics;

import java.util.LinkedHashMap;
import java.util.Map;

/** Things counted by name (obstacles, mostly), put in the order people read them. */
public final class Counts {
    private Counts() {
    }

    /** Most frequent first, then by name, so the same counts always read the same. */
    public static <N extends Number & Comparable<N>> Map<String, N> sortedByCount(Map<String, N> counts) {
        Map<String, N> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, N>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
