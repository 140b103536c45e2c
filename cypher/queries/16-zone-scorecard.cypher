// Question: For each zone, how much does the graph know: its place, enterprises, projects, titles, policies, industries and figures?
// Parameters: none
// Columns: zone, zoneName, level, city, enterprises, projects, organizations, awards, nationalAwards, policies, industries, indicators, articles
MATCH (z:Zone)
RETURN z.id AS zone, z.name AS zoneName, z.level AS level,
       head([(z)-[:PART_OF*0..]->(:Zone)-[:IN_REGION]->(c:Region {kind: 'CITY'}) | c.name]) AS city,
       COUNT { (:Enterprise)-[:LOCATED_IN]->(z) } AS enterprises,
       COUNT { (:Project)-[:LOCATED_IN]->(z) } AS projects,
       COUNT { (:Organization)-[:LOCATED_IN]->(z) } AS organizations,
       COUNT { (z)-[:RECEIVED]->(:Award) } AS awards,
       COUNT { (z)-[:RECEIVED]->(:Award {level: 'NATIONAL'}) } AS nationalAwards,
       COUNT { (:Policy)-[:APPLIES_TO]->(z) } AS policies,
       COUNT { (z)-[:IN_INDUSTRY]->(:Industry) } AS industries,
       COUNT { (z)-[:HAS_INDICATOR]->(:Indicator) } AS indicators,
       [(z)-[:MENTIONED_IN]->(a:Article) | a.id] AS articles
ORDER BY enterprises + projects + organizations + awards + policies + indicators DESC, zone
