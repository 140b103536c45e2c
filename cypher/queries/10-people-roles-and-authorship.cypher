// Question: Who are the people named in the articles: what role they hold where, and which articles they wrote?
// Parameters: none
// Columns: person, name, role, organization, wrote
MATCH (p:Person)
OPTIONAL MATCH (p)-[w:WORKS_FOR]->(o)
RETURN p.id AS person, p.name AS name, w.role AS role, o.name AS organization,
       [(p)-[:WROTE]->(a:Article) | a.title] AS wrote
ORDER BY role IS NULL, head([(p)-[:WROTE]->(a:Article) | a.order]), name
