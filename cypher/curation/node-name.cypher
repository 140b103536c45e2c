// The name of a node a fact refers to without declaring it.
// Parameters: $label, $id. Columns: name (no row when there is no such node).
// The service runs it with $($label) written as the label (an index seek rather than a scan).
MATCH (n:$($label) {id: $id})
RETURN n.name AS name
