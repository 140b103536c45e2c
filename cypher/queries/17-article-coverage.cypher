// Question: What does each article contribute: its authors, the nodes it mentions per label, and the relationships it sources?
// Parameters: none
// Columns: article, title, authors, nodesMentioned, perLabel, relationships, indicators
MATCH (a:Article)
CALL (a) {
  MATCH (n)-[:MENTIONED_IN]->(a)
  WITH labels(n)[0] AS label, count(*) AS c
  ORDER BY c DESC, label
  RETURN sum(c) AS nodesMentioned, collect(label + ': ' + toString(c)) AS perLabel
}
RETURN a.id AS article, a.title AS title, a.authors AS authors, nodesMentioned, perLabel,
       COUNT { ()-[r]->() WHERE r.source = a.id AND type(r) <> 'MENTIONED_IN' } AS relationships,
       COUNT { ()-[r:HAS_INDICATOR]->() WHERE r.source = a.id } AS indicators
ORDER BY a.order
