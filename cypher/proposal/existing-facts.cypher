// Which proposed figures and relationships the graph already has (stated by any article).
// Parameters: $indicators (ids), $relations (list of {key, from, type, to}). Columns: found (their ids and keys).
CALL {
  UNWIND $indicators AS id
  MATCH (i:Indicator {id: id})
  RETURN collect(id) AS indicators
}
CALL {
  UNWIND $relations AS r
  MATCH (a:Zone|Enterprise|Brand|Award|Policy|Project|Organization|Region|Person|Industry {id: r.from})-[x]->(b {id: r.to})
  WHERE type(x) = r.type
  RETURN collect(DISTINCT r.key) AS relations
}
RETURN indicators + relations AS found
