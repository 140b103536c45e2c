// Question: How do the zones sit in the administrative hierarchy: province, city, zone and the zones inside it?
// Parameters: none
// Columns: province, provinceCode, city, cityCode, zone, zoneLevel, zoneKind, zonesInside
MATCH (p:Region {kind: 'PROVINCE'})
OPTIONAL MATCH (c:Region {kind: 'CITY'})-[:PART_OF]->(p)
OPTIONAL MATCH (z:Zone)-[:IN_REGION]->(c)
RETURN p.name AS province, p.code AS provinceCode, c.name AS city, c.code AS cityCode, z.name AS zone,
       z.level AS zoneLevel, z.kind AS zoneKind,
       [(inner:Zone)-[:PART_OF*1..]->(z) | inner.name] AS zonesInside
ORDER BY provinceCode, cityCode, zone
