// Removes the relationships of one type between two nodes from the current graph (their Revision keeps them).
// Parameters: $fromLabel, $from, $type, $toLabel, $to. Columns: none.
MATCH (:$($fromLabel) {id: $from})-[r:$($type)]->(:$($toLabel) {id: $to})
DELETE r
