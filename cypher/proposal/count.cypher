// How many proposals have this status and article.
// Parameters: $status, $article (or null for any). Columns: total.
MATCH (n:Proposal)
WHERE ($status IS NULL OR n.status = $status) AND ($article IS NULL OR n.article = $article)
RETURN count(n) AS total
