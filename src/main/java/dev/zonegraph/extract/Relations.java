package dev.zonegraph.extract;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The relationships proposed for one article, one per (from, type, to), each quoting the sentence that states it
 * (the first sentence found wins); it also remembers who invests where, so a project's sentence does not place its
 * investor.
 */
final class Relations {

    private final Map<String, Proposals.Relation> byKey = new LinkedHashMap<>();
    private final Set<String> investing = new HashSet<>();

    void add(Proposals.Entity from, String type, Proposals.Entity to, Map<String, Object> props, Doc.Sentence s,
            double confidence) {
        if (from == null || to == null || from.id().equals(to.id())) {
            return;
        }
        if (type.equals("INVESTS_IN")) {
            investing.add(from.id() + "@" + s.index());
        }
        byKey.putIfAbsent(from.id() + "|" + type + "|" + to.id(),
                new Proposals.Relation(from.id(), type, to.id(), props, s.evidence(), confidence));
    }

    /** Whether {@code s} says that {@code e} invests in a project. */
    boolean investsIn(Proposals.Entity e, Doc.Sentence s) {
        return investing.contains(e.id() + "@" + s.index());
    }

    List<Proposals.Relation> all() {
        return List.copyOf(byKey.values());
    }
}
