// Question: Which enterprises are located in zones holding a national title, and which titles are they?
// Parameters: none
// Columns: zone, zoneName, nationalTitles, enterprise, enterpriseName, enterpriseKind, locatedIn
MATCH (z:Zone)-[:RECEIVED]->(a:Award {level: 'NATIONAL'})
WITH z, collect(DISTINCT a.name) AS nationalTitles
// an enterprise in the titled zone itself or in a zone that is part of it (e.g. a bonded zone inside a hi-tech zone)
MATCH (e:Enterprise)-[:LOCATED_IN]->(site:Zone)-[:PART_OF*0..]->(z)
RETURN z.id AS zone, z.name AS zoneName, nationalTitles, e.id AS enterprise, e.name AS enterpriseName,
       e.kind AS enterpriseKind, site.name AS locatedIn
ORDER BY zone, enterpriseName
