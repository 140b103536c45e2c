// Question: Which projects are there, ranked by stated total investment (in yuan), with their investors and zone?
// Parameters: none
// Columns: project, projectName, kind, investment, investmentUnit, investmentQualifier, investmentYuan, investors, zone, startDate
MATCH (p:Project)
RETURN p.id AS project, p.name AS projectName, p.kind AS kind, p.investment AS investment,
       p.investmentUnit AS investmentUnit, p.investmentQualifier AS investmentQualifier,
       p.investmentYuan AS investmentYuan,
       [(investor)-[:INVESTS_IN]->(p) | investor.name] AS investors,
       head([(p)-[:LOCATED_IN]->(z:Zone) | z.name]) AS zone,
       p.startDate AS startDate
ORDER BY investmentYuan IS NULL, investmentYuan DESC, projectName
