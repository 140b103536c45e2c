// Every region by name and aliases, for the extractor's rules that look for each region's name in a text
// (KnownEntities, EntityIndex). Parameters: none. Columns: id, label, name, aliases.
MATCH (n:Region)
RETURN n.id AS id, labels(n)[0] AS label, n.name AS name, coalesce(n.aliases, []) AS aliases
ORDER BY id
