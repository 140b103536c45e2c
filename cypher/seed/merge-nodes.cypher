// Creates or updates nodes, and links each to the article that mentions it with the quote that proves it.
// Parameters: $nodes (list of {id, label, properties, source (article id), quote}). Columns: none.
// The service runs it per label, with $(node.label) written as that label (an index seek rather than a scan).
UNWIND $nodes AS node
MERGE (n:$(node.label) {id: node.id})
SET n = node.properties, n.id = node.id
WITH n, node
MATCH (a:Article {id: node.source})
MERGE (n)-[m:MENTIONED_IN {source: node.source}]->(a)
SET m.quote = node.quote
