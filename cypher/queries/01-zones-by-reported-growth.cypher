// Question: Which zones reported year-on-year growth, ranked from fastest, and is each figure an actual or a target?
// Parameters: none
// Columns: zone, zoneName, metric, growth, kind, period, year, value, unit, quote
MATCH (z:Zone)-[h:HAS_INDICATOR]->(i:Indicator)
WHERE i.growth IS NOT NULL
RETURN z.id AS zone, z.name AS zoneName, i.metric AS metric, i.growth AS growth, i.kind AS kind,
       i.period AS period, i.year AS year, i.value AS value, i.unit AS unit, h.quote AS quote
ORDER BY growth DESC, zone, year DESC
