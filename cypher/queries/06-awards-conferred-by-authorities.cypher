// Question: Which authority conferred which honour, title or designation on whom?
// Parameters: none
// Columns: authority, award, level, year, category, recipient, recipientLabel, quote
MATCH (a:Award)-[c:CONFERRED_BY]->(o:Organization)
OPTIONAL MATCH (r)-[:RECEIVED]->(a)
RETURN o.name AS authority, a.name AS award, a.level AS level, a.year AS year, a.category AS category,
       r.name AS recipient, labels(r)[0] AS recipientLabel, c.quote AS quote
ORDER BY authority, award, recipient
