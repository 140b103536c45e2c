// The name of a node a fact refers to without declaring it.
// Parameters: $label, $id. Columns: name (no row when there is no such node).
MATCH (n:$($label) {id: $id})
RETURN n.name AS name
