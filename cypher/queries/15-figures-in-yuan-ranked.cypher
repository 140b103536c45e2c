// Question: Which money figures are the largest once normalised to yuan, whoever they are about?
// Parameters: none
// Columns: subject, subjectLabel, subjectName, metric, value, unit, qualifier, valueYuan, yi, kind, period, year
MATCH (s)-[:HAS_INDICATOR]->(i:Indicator)
WHERE i.valueYuan IS NOT NULL
RETURN s.id AS subject, labels(s)[0] AS subjectLabel, s.name AS subjectName, i.metric AS metric, i.value AS value,
       i.unit AS unit, i.qualifier AS qualifier, i.valueYuan AS valueYuan, round(i.valueYuan / 1.0e8, 2) AS yi,
       i.kind AS kind, i.period AS period, i.year AS year
ORDER BY valueYuan DESC, subject
