// Known entities a proposal's names may resolve to (KnownEntities, EntityIndex): every entity with a name or an alias
// that starts with one of the prefixes (names the article mentions, without their legal-form suffix), found through
// the full-text index over names and aliases and then checked exactly.
// Parameters: query (the Lucene query: the prefixes as phrases joined by OR), prefixes (list of strings).
// Columns: id, label, name, aliases.
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node AS n
WITH n
WHERE n:Zone|Enterprise|Brand|Award|Policy|Project|Organization|Region|Person|Industry
  AND any(p IN $prefixes WHERE n.name STARTS WITH p OR any(a IN coalesce(n.aliases, []) WHERE a STARTS WITH p))
RETURN n.id AS id, labels(n)[0] AS label, n.name AS name, coalesce(n.aliases, []) AS aliases
ORDER BY id
