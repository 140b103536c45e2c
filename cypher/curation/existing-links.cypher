// The stored state of the relationships a curator states (same ends, type and source).
// Parameters: $links (list of {from, fromLabel, type, to, toLabel, source}).
// Columns: fromId, type, toId, source, properties (map, source and quote included; null when absent).
// The service runs it per pair of labels, with $(link.fromLabel) and $(link.toLabel) written as those labels.
UNWIND $links AS link
OPTIONAL MATCH (:$(link.fromLabel) {id: link.from})-[r:$(link.type) {source: link.source}]->(:$(link.toLabel) {id: link.to})
RETURN link.from AS fromId, link.type AS type, link.to AS toId, link.source AS source,
       CASE WHEN r IS NULL THEN null ELSE properties(r) END AS properties
