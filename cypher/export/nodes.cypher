// Every node with its labels and properties, in a stable order (for --export-cypher).
// Parameters: none. Columns: labels, properties.
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS properties
ORDER BY labels[0], properties.id
