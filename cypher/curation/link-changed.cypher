// Links a change to the nodes of one label it wrote.
// Parameters: $change (change id), $label, $ids (ids of nodes of that label). Columns: none.
// The service runs it per label, with $($label) written as that label (an index seek rather than a scan).
MATCH (c:Change {id: $change})
UNWIND $ids AS id
MATCH (n:$($label) {id: id})
CREATE (c)-[:CHANGED]->(n)
