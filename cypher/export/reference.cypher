// The reference regions (administrative divisions, not from an article) with the region each is part of.
// Parameters: $source ('GB/T 2260'). Columns: region (map: id, name, nameEn, kind, code, partOf).
MATCH (r:Region {source: $source})
OPTIONAL MATCH (r)-[:PART_OF {source: $source}]->(parent:Region)
WITH r, parent ORDER BY r.id
RETURN {id: r.id, name: r.name, nameEn: r.nameEn, kind: r.kind, code: r.code, partOf: parent.id} AS region
