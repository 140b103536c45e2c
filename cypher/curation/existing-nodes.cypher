// The stored state of the nodes a curator states, to tell new facts from facts already there and from conflicts.
// Parameters: $nodes (list of {id, label, source}).
// Columns: id, properties (map without id, null when absent), quote (of its MENTIONED_IN from source, or null).
// The service runs it per label, with $(node.label) written as that label (an index seek rather than a scan).
UNWIND $nodes AS node
OPTIONAL MATCH (n:$(node.label) {id: node.id})
OPTIONAL MATCH (n)-[m:MENTIONED_IN {source: node.source}]->(:Article {id: node.source})
RETURN node.id AS id, CASE WHEN n IS NULL THEN null ELSE properties(n) END AS properties, m.quote AS quote
