// Every node with its labels and properties, in a stable order (for --export-cypher); proposals under review are
// not part of the graph. Parameters: none. Columns: labels, properties.
MATCH (n) WHERE NOT n:Proposal
RETURN labels(n) AS labels, properties(n) AS properties
ORDER BY labels[0], properties.id
