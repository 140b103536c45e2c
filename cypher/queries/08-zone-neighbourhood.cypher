// Question: What is directly connected to one zone: how many neighbours per relationship type, direction and label?
// Parameters: $zone (string): the zone's id, e.g. zone:xian
// Columns: relationship, direction, neighbourLabel, neighbours, examples
// Example: {"zone": "zone:xian"}
MATCH (z:Zone {id: $zone})-[r]-(n)
WITH type(r) AS relationship, CASE WHEN startNode(r) = z THEN 'OUT' ELSE 'IN' END AS direction,
     labels(n)[0] AS neighbourLabel, n
ORDER BY coalesce(n.name, n.title)
RETURN relationship, direction, neighbourLabel, count(DISTINCT n) AS neighbours,
       collect(DISTINCT coalesce(n.name, n.title))[..5] AS examples
ORDER BY neighbours DESC, relationship, direction, neighbourLabel
