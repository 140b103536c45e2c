// A page of changes, oldest first: those at or after $since, strictly after the cursor ($afterAt, $afterId).
// Parameters: $since, $afterAt (ISO date-times or null), $afterId, $limit.
// Columns: id, at, principal, via, reason, nodes, relationships, evidence (list of {article, quote}).
MATCH (c:Change)
WHERE ($since IS NULL OR c.at >= datetime($since))
  AND ($afterAt IS NULL OR c.at > datetime($afterAt) OR (c.at = datetime($afterAt) AND c.id > $afterId))
WITH c ORDER BY c.at, c.id LIMIT $limit
RETURN c.id AS id, toString(c.at) AS at, c.principal AS principal, c.via AS via, c.reason AS reason,
       c.nodes AS nodes, c.relationships AS relationships,
       COLLECT { MATCH (c)-[e:CITES]->(a:Article) RETURN {article: a.id, quote: e.quote} } AS evidence
