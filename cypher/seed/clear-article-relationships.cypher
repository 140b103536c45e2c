// Removes every relationship an article stated, so reloading it writes exactly what its facts file says now.
// Parameters: $article (article id). Columns: none.
MATCH ()-[r]->()
WHERE r.source = $article
DELETE r
