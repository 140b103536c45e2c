// The stored state of the relationships a curator states (same ends, type and source), by position in the list.
// Parameters: $links (list of {from, fromLabel, type, to, toLabel, source}).
// Columns: i (position in $links), properties (map, source and quote included; null when absent).
UNWIND range(0, size($links) - 1) AS i
WITH i, $links[i] AS link
OPTIONAL MATCH (:$(link.fromLabel) {id: link.from})-[r:$(link.type) {source: link.source}]->(:$(link.toLabel) {id: link.to})
RETURN i, CASE WHEN r IS NULL THEN null ELSE properties(r) END AS properties
