package dev.zonegraph.curation;

import dev.zonegraph.seed.Problem;
import java.util.List;
import java.util.Map;

/** The GraphQL payloads of the curation mutations; component names match the schema's fields. */
final class Payloads {

    private Payloads() {
    }

    /** Why an input was refused: the path of the input field at fault. */
    record UserError(List<String> path, String message, Problem.Code code) {
    }

    record AddArticlePayload(String articleId, boolean changed, Change change, List<UserError> userErrors) {
    }

    record AssertFactsPayload(boolean changed, int nodes, int relationships, Change change,
            List<UserError> userErrors) {
    }

    record FactChangePayload(boolean changed, Change change, List<UserError> userErrors) {
    }

    static FactChangePayload factChange(CurationResult result) {
        if (result instanceof CurationResult.Written w) {
            return new FactChangePayload(true, w.change(), List.of());
        }
        if (result instanceof CurationResult.Unchanged) {
            return new FactChangePayload(false, null, List.of());
        }
        return new FactChangePayload(false, null, errors((CurationResult.Refused) result, Payloads::correctionPath));
    }

    /** A correction's fact is checked as a one-fact facts document: its fields sit directly in the input. */
    private static List<String> correctionPath(Problem problem) {
        var path = new java.util.ArrayList<>(List.of("input"));
        List<Object> steps = problem.path();
        boolean single = !steps.isEmpty() && (steps.get(0).equals("indicators") || steps.get(0).equals("relations"));
        List<Object> rest = single ? steps.subList(Math.min(2, steps.size()), steps.size()) : steps;
        if (single && !rest.isEmpty() && List.of("id", "subject", "from", "type").contains(rest.get(0))) {
            path.addAll(List.of("fact", steps.get(0).equals("indicators") ? "indicator" : "relationship"));
            if (!steps.get(0).equals("indicators")) {
                path.add(String.valueOf(rest.get(0)));
            }
            return path;
        }
        for (Object step : rest) {
            if (!"props".equals(step)) {
                path.add(String.valueOf(step));
            }
        }
        return path;
    }

    static AddArticlePayload addArticle(Map<String, Object> input, CurationResult result) {
        if (result instanceof CurationResult.Written w) {
            return new AddArticlePayload(w.nodes().get(0), true, w.change(), List.of());
        }
        if (result instanceof CurationResult.Unchanged u) {
            return new AddArticlePayload(u.nodes().get(0), false, null, List.of());
        }
        return new AddArticlePayload(null, false, null, errors((CurationResult.Refused) result, p -> {
            var path = new java.util.ArrayList<>(List.of("input"));
            p.path().forEach(step -> path.add(String.valueOf(step)));
            return path;
        }));
    }

    static AssertFactsPayload assertFacts(Map<String, Object> input, CurationResult result) {
        if (result instanceof CurationResult.Written w) {
            return new AssertFactsPayload(true, w.nodes().size(), w.relationships(), w.change(), List.of());
        }
        if (result instanceof CurationResult.Unchanged u) {
            return new AssertFactsPayload(false, u.nodes().size(), u.relationships(), null, List.of());
        }
        return new AssertFactsPayload(false, 0, 0, null,
                errors((CurationResult.Refused) result, p -> GraphqlInput.path(input, p)));
    }

    private static List<UserError> errors(CurationResult.Refused refused,
            java.util.function.Function<Problem, List<String>> path) {
        return refused.problems().stream().map(p -> new UserError(path.apply(p), p.message(), p.code())).toList();
    }
}
