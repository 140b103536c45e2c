package dev.zonegraph.proposal;

import java.util.Map;

/**
 * One proposed fact under review (a {@code :Proposal} node): the fact in the shape of a facts file (JSON), where its
 * quote stands, who proposed it and, once decided, who decided, when and with what change or reason. Component names
 * match the GraphQL {@code Proposal} type.
 *
 * @param factId the entity's or figure's id, or {@code from -TYPE-> to} for a relationship
 * @param existing whether the graph had it when it was proposed: an entity by name, alias or normalised form, a
 *        figure by id, a relationship by its ends and type
 * @param position where the extractor proposed it among the article's proposals (the review order)
 */
public record Proposal(String id, String kind, String status, String articleId, String factId, String fact,
        String quote, String field, int start, int end, double confidence, String proposer, boolean existing,
        String createdAt, String decidedBy, String decidedAt, String changeId, String reason, int position) {

    static final String PENDING = "PENDING";

    static Proposal of(Map<String, Object> p) {
        return new Proposal((String) p.get("id"), (String) p.get("kind"), (String) p.get("status"),
                (String) p.get("article"), (String) p.get("factId"), (String) p.get("fact"), (String) p.get("quote"),
                (String) p.get("field"), number(p.get("start")), number(p.get("end")),
                ((Number) p.get("confidence")).doubleValue(), (String) p.get("proposer"),
                Boolean.TRUE.equals(p.get("existing")), (String) p.get("createdAt"), (String) p.get("decidedBy"),
                (String) p.get("decidedAt"), (String) p.get("change"), (String) p.get("reason"),
                number(p.get("position")));
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }
}
