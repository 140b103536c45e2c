// Ids of the nodes an article mentions, read before the article is reloaded (to find nodes it alone named).
// Parameters: $article (article id). Columns: ids (list of node ids).
MATCH (n)-[:MENTIONED_IN]->(:Article {id: $article})
RETURN collect(n.id) AS ids
