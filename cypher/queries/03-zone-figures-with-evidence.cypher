// Question: Every figure stated about one zone, with the exact sentence it came from and the article's title
// Parameters: $zone (string): the zone's id, e.g. zone:xian
// Columns: metric, value, unit, qualifier, growth, kind, period, year, quote, article, articleTitle
// Example: {"zone": "zone:xian"}
MATCH (z:Zone {id: $zone})-[h:HAS_INDICATOR]->(i:Indicator)
OPTIONAL MATCH (a:Article {id: h.source})
RETURN i.metric AS metric, i.value AS value, i.unit AS unit, i.qualifier AS qualifier, i.growth AS growth,
       i.kind AS kind, i.period AS period, i.year AS year, h.quote AS quote, a.id AS article,
       a.title AS articleTitle
ORDER BY kind, year DESC, metric
