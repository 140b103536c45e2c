// Question: Which policies are in the graph, who issued them, and which zones do they apply to?
// Parameters: none
// Columns: policy, policyName, kind, date, issuedBy, appliesTo, article
MATCH (p:Policy)
RETURN p.id AS policy, p.name AS policyName, p.kind AS kind, p.date AS date,
       [(p)-[:ISSUED_BY]->(issuer) | issuer.name] AS issuedBy,
       [(p)-[:APPLIES_TO]->(z:Zone) | z.name] AS appliesTo,
       [(p)-[:MENTIONED_IN]->(a:Article) | a.id] AS article
ORDER BY size(appliesTo) = 0, article[0], policyName
