// Creates or updates an Article node.
// Parameters: $id, $properties (map: name, title, kicker, subtitle, byline, authors, order, text). Columns: none.
MERGE (a:Article {id: $id})
SET a = $properties, a.id = $id
