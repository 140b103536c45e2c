package dev.zonegraph.curation;

/**
 * Who changes the graph, through what and why: recorded with every change.
 *
 * @param principal the signed-in principal's name, or the operating-system user of an import
 * @param via {@code graphql:<mutation>} or {@code import:<file>}
 * @param reason why, as the curator said (may be null)
 */
public record Provenance(String principal, String via, String reason) {
}
