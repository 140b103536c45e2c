// Creates or updates nodes, and links each to the article that mentions it with the quote that proves it.
// Parameters: $nodes (list of {id, label, properties, quote}), $article (article id). Columns: none.
UNWIND $nodes AS node
MERGE (n:$(node.label) {id: node.id})
SET n = node.properties, n.id = node.id
WITH n, node
MATCH (a:Article {id: $article})
MERGE (n)-[m:MENTIONED_IN {source: $article}]->(a)
SET m.quote = node.quote
