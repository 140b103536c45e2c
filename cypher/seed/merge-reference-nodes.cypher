// Creates or updates reference nodes (administrative divisions), which no article proves.
// Parameters: $nodes (list of {id, label, properties}). Columns: none.
// The service runs it per label, with $(node.label) written as that label (an index seek rather than a scan).
UNWIND $nodes AS node
MERGE (n:$(node.label) {id: node.id})
SET n = node.properties, n.id = node.id
