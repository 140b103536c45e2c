package dev.zonegraph.curation;

import dev.zonegraph.seed.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a GraphQL {@code AssertFactsInput} into the shape of a facts file (props as a map, a relation's role among
 * its props, whole numbers as integers), so that one validator checks both, and turns a problem's path in that shape
 * back into the path of the input field at fault.
 */
final class GraphqlInput {

    private GraphqlInput() {
    }

    /** The facts-file shape of {@code input}. */
    static Map<String, Object> facts(Map<String, Object> input) {
        var facts = new LinkedHashMap<String, Object>(input);
        facts.put("entities", each(input.get("entities"), entity -> {
            var props = new LinkedHashMap<String, Object>();
            for (Map<String, Object> p : list(entity.get("props"))) {
                Object value = p.get("quantity") != null ? p.get("quantity")
                        : p.get("number") != null ? p.get("number") : p.get("text");
                props.put((String) p.get("key"), whole(value));
            }
            entity.put("props", props);
        }));
        facts.put("relations", each(input.get("relations"), relation -> {
            if (relation.get("role") != null) {
                relation.put("props", Map.of("role", relation.remove("role")));
            }
        }));
        facts.put("indicators", each(input.get("indicators"), indicator -> {
            indicator.replaceAll((key, value) -> whole(value));
        }));
        return facts;
    }

    /** The input field a problem points at: {@code [input, entities, 0, props, 2]}. */
    static List<String> path(Map<String, Object> input, Problem problem) {
        var path = new ArrayList<String>(List.of("input"));
        List<Object> steps = problem.path();
        for (int i = 0; i < steps.size(); i++) {
            Object step = steps.get(i);
            if ("props".equals(step) && i >= 2 && i + 1 < steps.size()) {
                String list = (String) steps.get(i - 2);
                int index = (Integer) steps.get(i - 1);
                String key = String.valueOf(steps.get(i + 1));
                if (list.equals("relations")) {
                    path.add(key);
                } else {
                    path.add("props");
                    var props = list(list(input.get(list)).get(index).get("props"));
                    path.add(String.valueOf(props.stream().map(p -> p.get("key")).toList().indexOf(key)));
                }
                i++;
                continue;
            }
            path.add(String.valueOf(step));
        }
        return path;
    }

    /** Where the entity or indicator with {@code id} is declared in a facts-shaped map. */
    static List<Object> pathOf(Map<String, Object> facts, String id) {
        for (String list : List.of("entities", "indicators")) {
            var items = list(facts.get(list));
            for (int i = 0; i < items.size(); i++) {
                if (id.equals(items.get(i).get("id"))) {
                    return List.of(list, i, "id");
                }
            }
        }
        return List.of();
    }

    /** A whole number given as a GraphQL Float is stored as the integer a facts file would give. */
    private static Object whole(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE) {
            return d.intValue();
        }
        if (value instanceof Map<?, ?> quantity) {
            var copy = new LinkedHashMap<String, Object>();
            quantity.forEach((k, v) -> copy.put(k.toString(), whole(v)));
            return copy;
        }
        return value;
    }

    private static List<Map<String, Object>> each(Object items, java.util.function.Consumer<Map<String, Object>> edit) {
        var out = new ArrayList<Map<String, Object>>();
        for (Map<String, Object> item : list(items)) {
            var copy = new LinkedHashMap<>(item);
            edit.accept(copy);
            out.add(copy);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }
}
