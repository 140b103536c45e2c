package dev.zonegraph.proposal;

import dev.zonegraph.seed.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.type.TypeReference;

/**
 * The facts document that accepting some proposals asserts: each proposal's fact, citing its article and quote, in
 * the list of its kind; and the way back from a problem's path in that document to the proposal at fault.
 */
final class Acceptance {

    private static final Map<String, String> LISTS = Map.of("ENTITY", "entities", "RELATIONSHIP", "relations",
            "INDICATOR", "indicators");

    private final Map<String, Object> facts = new LinkedHashMap<>();
    /** (list, index in it) → position of the proposal in the request's ids. */
    private final Map<String, Integer> origin = new HashMap<>();
    private final Set<String> declared = new LinkedHashSet<>();
    /** Entity ids each relationship or figure needs → the position of the first proposal that needs it. */
    private final Map<String, Integer> needed = new LinkedHashMap<>();

    Acceptance(List<Proposal> proposals, List<String> ids) {
        facts.put("article", proposals.get(0).articleId());
        LISTS.values().forEach(list -> facts.put(list, new ArrayList<Map<String, Object>>()));
        for (Proposal p : proposals) {
            Map<String, Object> fact = Drafts.JSON.readValue(p.fact(), new TypeReference<LinkedHashMap<String,
                    Object>>() { });
            fact.remove("quote");
            fact.put("evidence", Map.of("article", p.articleId(), "quote", p.quote()));
            String list = LISTS.get(p.kind());
            var items = list(list);
            origin.put(list + "|" + items.size(), ids.indexOf(p.id()));
            items.add(fact);
            switch (p.kind()) {
                case "ENTITY" -> declared.add((String) fact.get("id"));
                case "RELATIONSHIP" -> {
                    needed.putIfAbsent((String) fact.get("from"), ids.indexOf(p.id()));
                    needed.putIfAbsent((String) fact.get("to"), ids.indexOf(p.id()));
                }
                default -> needed.putIfAbsent((String) fact.get("subject"), ids.indexOf(p.id()));
            }
        }
        declared.forEach(needed::remove);
    }

    /** The facts document, in the shape {@code CurationService.assertFacts} takes. */
    Map<String, Object> facts() {
        return facts;
    }

    /** Entity ids the relationships and figures need that no accepted entity proposal declares. */
    List<String> needed() {
        return List.copyOf(needed.keySet());
    }

    /** Position in the request's ids of the first proposal needing {@code entity}. */
    int neededBy(String entity) {
        return needed.get(entity);
    }

    /** The problem's path from the request: {@code [ids, 3, evidence, quote]}. */
    List<String> path(Problem problem) {
        List<Object> steps = problem.path();
        var path = new ArrayList<>(List.of("ids"));
        if (steps.size() >= 2 && origin.containsKey(steps.get(0) + "|" + steps.get(1))) {
            path.add(String.valueOf(origin.get(steps.get(0) + "|" + steps.get(1))));
            steps.subList(2, steps.size()).forEach(step -> path.add(String.valueOf(step)));
        }
        return path;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(String name) {
        return (List<Map<String, Object>>) facts.get(name);
    }
}
