// Every entity of the graph by name and aliases, for resolving the names an extractor finds (EntityIndex).
// Parameters: none. Columns: id, label, name, aliases.
MATCH (n:Zone|Enterprise|Brand|Award|Policy|Project|Organization|Region|Person|Industry)
RETURN n.id AS id, labels(n)[0] AS label, n.name AS name, coalesce(n.aliases, []) AS aliases
