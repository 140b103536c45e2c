// The current state of a figure: its properties, its subject and its evidence.
// Parameters: $id (indicator id).
// Columns: properties (map), subject (id), subjectLabel, evidence (list of {source, quote}); no row when absent.
MATCH (i:Indicator {id: $id})
OPTIONAL MATCH (s)-[:HAS_INDICATOR]->(i)
RETURN properties(i) AS properties, s.id AS subject, labels(s)[0] AS subjectLabel,
       COLLECT { MATCH (i)-[m:MENTIONED_IN]->() RETURN {source: m.source, quote: m.quote} } AS evidence
