// Creates or updates reference nodes (administrative divisions), which no article proves.
// Parameters: $nodes (list of {id, label, properties}). Columns: none.
UNWIND $nodes AS node
MERGE (n:$(node.label) {id: node.id})
SET n = node.properties, n.id = node.id
