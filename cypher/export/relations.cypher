// The relationships an article states, those the loader derives left out (for --export-facts).
// Parameters: $article (article id). Columns: fromId, type, toId, properties, quote.
MATCH (a)-[r {source: $article}]->(b)
WHERE NOT type(r) IN ['MENTIONED_IN', 'HAS_INDICATOR', 'WROTE']
RETURN a.id AS fromId, type(r) AS type, b.id AS toId, properties(r) AS properties, r.quote AS quote
ORDER BY type, fromId, toId
