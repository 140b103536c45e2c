package dev.zonegraph.stats;

import java.util.List;

/** Node and relationship counts, overall and per label / type. */
public record GraphStats(long nodes, long relationships, List<Count> labels, List<Count> relationshipTypes) {

    /** How many nodes carry a label, or relationships a type. */
    public record Count(String name, long count) {
    }

    /** The count for {@code name} in {@code counts}, 0 if absent. */
    public static long countOf(List<Count> counts, String name) {
        return counts.stream().filter(c -> c.name().equals(name)).mapToLong(Count::count).findFirst().orElse(0);
    }
}
