// Every article with its properties, by id (for --export-facts).
// Parameters: none. Columns: properties.
MATCH (a:Article)
RETURN properties(a) AS properties
ORDER BY a.id
