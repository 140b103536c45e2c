// The current relationships of one type between two nodes (one per source article), with their evidence.
// Parameters: $fromLabel, $from, $type, $toLabel, $to.
// Columns: properties (map without source and quote), source, quote; one row per relationship.
MATCH (:$($fromLabel) {id: $from})-[r:$($type)]->(:$($toLabel) {id: $to})
RETURN properties(r) AS properties, r.source AS source, r.quote AS quote
