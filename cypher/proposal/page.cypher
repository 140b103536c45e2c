// A page of proposals in review order (article, then where the extractor proposed them), after the cursor.
// Parameters: $status, $article (or null for any), $afterArticle, $afterPosition, $afterId (the cursor, or nulls),
// $limit. Columns: proposal (its properties, times as text).
MATCH (n:Proposal)
WHERE ($status IS NULL OR n.status = $status) AND ($article IS NULL OR n.article = $article)
  AND ($afterArticle IS NULL OR n.article > $afterArticle
       OR (n.article = $afterArticle AND (n.position > $afterPosition
           OR (n.position = $afterPosition AND n.id > $afterId))))
WITH n ORDER BY n.article, n.position, n.id LIMIT $limit
RETURN n {.*, createdAt: toString(n.createdAt), decidedAt: toString(n.decidedAt)} AS proposal
