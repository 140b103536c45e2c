// Question: Which entities have a name, alias, English name or title matching a piece of text (CJK full-text search)?
// Parameters: $text (string): Lucene query text, Chinese or English, e.g. 比亚迪
// Columns: id, label, name, nameEn, aliases, score
// Example: {"text": "比亚迪"}
CALL db.index.fulltext.queryNodes('entity_search', $text) YIELD node, score
RETURN node.id AS id, labels(node)[0] AS label, coalesce(node.name, node.title) AS name, node.nameEn AS nameEn,
       node.aliases AS aliases, score
ORDER BY score DESC, id
LIMIT 25
