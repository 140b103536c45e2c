// Records one change to the graph: who, when, through what, why, the ids it wrote and the evidence it cited.
// Parameters: $change ({id, principal, via, reason, nodes (ids), relationships}), $evidence (list of {article, quote}).
// Columns: at (the change's time, ISO).
CREATE (c:Change)
SET c = $change, c.at = datetime.realtime('Z')
WITH c
CALL (c) {
  UNWIND $evidence AS e
  MATCH (a:Article {id: e.article})
  CREATE (c)-[:CITES {quote: e.quote}]->(a)
}
RETURN toString(c.at) AS at
