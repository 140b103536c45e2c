// The figures an article states (their HAS_INDICATOR from it), with their subject, by id (for --export-facts).
// Parameters: $article (article id). Columns: subject, properties, quote.
MATCH (s)-[h:HAS_INDICATOR {source: $article}]->(i:Indicator)
RETURN s.id AS subject, properties(i) AS properties, h.quote AS quote
ORDER BY i.id
