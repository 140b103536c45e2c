// Keeps a version of a fact that a change superseded or retracted, linked to that change.
// Parameters: $change (change id), $revision ({fact, rank, from, type, to, values (JSON), evidence (JSON)}).
// Columns: none.
MATCH (c:Change {id: $change})
CREATE (c)-[:RECORDED]->(v:Revision)
SET v = $revision, v.id = 'revision:' + randomUUID()
