// Deletes nodes that a reloaded article no longer mentions and that nothing else proves.
// Parameters: $ids (ids the article mentioned before). Columns: none.
UNWIND $ids AS id
MATCH (n {id: id})
WHERE n.source IS NULL AND NOT n:Article AND NOT EXISTS { (n)-[:MENTIONED_IN]->() }
DETACH DELETE n
