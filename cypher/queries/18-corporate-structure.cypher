// Question: Which groups own which companies and production sites, and in which zones do those units sit?
// Parameters: none
// Columns: parent, parentName, parentKind, unit, unitName, unitKind, zone, quote
MATCH (u:Enterprise)-[r:PART_OF]->(g:Enterprise)
RETURN g.id AS parent, g.name AS parentName, g.kind AS parentKind, u.id AS unit, u.name AS unitName,
       u.kind AS unitKind, head([(u)-[:LOCATED_IN]->(z:Zone) | z.name]) AS zone, r.quote AS quote
ORDER BY parentName, unitKind, unitName
