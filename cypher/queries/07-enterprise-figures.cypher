// Question: Which figures were reported for enterprises, with their growth and period, fastest growth first?
// Parameters: none
// Columns: enterprise, enterpriseName, parent, zone, metric, value, unit, qualifier, growth, period, year, kind
MATCH (e:Enterprise)-[:HAS_INDICATOR]->(i:Indicator)
RETURN e.id AS enterprise, e.name AS enterpriseName,
       head([(e)-[:PART_OF]->(g:Enterprise) | g.name]) AS parent,
       head([(e)-[:LOCATED_IN]->(z:Zone) | z.name]) AS zone,
       i.metric AS metric, i.value AS value, i.unit AS unit, i.qualifier AS qualifier, i.growth AS growth,
       i.period AS period, i.year AS year, i.kind AS kind
ORDER BY growth IS NULL, growth DESC, enterpriseName, metric
