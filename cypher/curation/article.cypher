// One article's stored properties (its text included), to check quotes against it.
// Parameters: $id (article id). Columns: properties (map; no row when there is no such article).
MATCH (a:Article {id: $id})
RETURN properties(a) AS properties
