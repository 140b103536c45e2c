// Every relationship with its ends (label and id), type and properties, in a stable order (for --export-cypher).
// Parameters: none. Columns: fromLabel, fromId, type, properties, toLabel, toId.
MATCH (a)-[r]->(b)
RETURN labels(a)[0] AS fromLabel, a.id AS fromId, type(r) AS type, properties(r) AS properties,
       labels(b)[0] AS toLabel, b.id AS toId
ORDER BY type, fromId, toId, properties.source, properties.quote
