// Removes a figure's evidence (its MENTIONED_IN and HAS_INDICATOR relationships) before it is stated anew;
// the old evidence is kept in the figure's Revision.
// Parameters: $id (indicator id). Columns: none.
MATCH (i:Indicator {id: $id})
CALL (i) {
  MATCH (i)-[m:MENTIONED_IN]->()
  DELETE m
}
CALL (i) {
  MATCH ()-[h:HAS_INDICATOR]->(i)
  DELETE h
}
