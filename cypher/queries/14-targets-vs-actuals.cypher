// Question: Which targets were set, for whom, and what actual figure on the same metric sits beside each?
// Parameters: none
// Columns: subject, subjectName, metric, targetValue, targetGrowth, unit, qualifier, targetPeriod, targetYear, actualValue, actualGrowth, actualPeriod, actualYear
MATCH (s)-[:HAS_INDICATOR]->(t:Indicator {kind: 'TARGET'})
OPTIONAL MATCH (s)-[:HAS_INDICATOR]->(a:Indicator {kind: 'ACTUAL'})
WHERE a.metric = t.metric
RETURN s.id AS subject, s.name AS subjectName, t.metric AS metric, t.value AS targetValue, t.growth AS targetGrowth,
       coalesce(t.unit, a.unit) AS unit, t.qualifier AS qualifier, t.period AS targetPeriod, t.year AS targetYear,
       a.value AS actualValue, a.growth AS actualGrowth, a.period AS actualPeriod, a.year AS actualYear
ORDER BY actualValue IS NULL, subject, metric
