// The entities an article proves (their MENTIONED_IN from it), figures apart, by id (for --export-facts).
// Parameters: $article (article id). Columns: label, properties, quote.
MATCH (n)-[m:MENTIONED_IN {source: $article}]->(:Article {id: $article})
WHERE NOT n:Indicator
RETURN labels(n)[0] AS label, properties(n) AS properties, m.quote AS quote
ORDER BY n.id
