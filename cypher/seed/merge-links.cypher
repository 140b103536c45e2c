// Creates relationships between nodes known by label and id; each carries its source and the quote proving it.
// Parameters: $links (list of {from, fromLabel, type, to, toLabel, properties, source, quote}). Columns: none.
// The service runs it per pair of labels, with $(link.fromLabel) and $(link.toLabel) written as those labels.
UNWIND $links AS link
MATCH (a:$(link.fromLabel) {id: link.from})
MATCH (b:$(link.toLabel) {id: link.to})
MERGE (a)-[r:$(link.type) {source: link.source}]->(b)
SET r = link.properties, r.source = link.source, r.quote = link.quote
