package dev.zonegraph.curation;

import java.util.List;

/**
 * One recorded change to the graph (a {@code :Change} node): who, when, through what, why, the nodes it wrote and
 * the evidence it cited. Component names match the GraphQL {@code Change} type.
 */
public record Change(String id, String at, String principal, String via, String reason, List<String> nodes,
        int relationships, List<Evidence> evidence) {

    /** An article and a quote the change cited. */
    public record Evidence(String article, String quote) {
    }
}
