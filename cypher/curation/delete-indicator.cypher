// Removes a retracted figure from the current graph (its Revision keeps it).
// Parameters: $id (indicator id). Columns: none.
MATCH (i:Indicator {id: $id})
DETACH DELETE i
