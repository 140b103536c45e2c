// The superseded and retracted versions of a figure (by $fact) or of a node's relationships of one type
// (by $from and $type), newest first, each with the change that ranked it.
// Parameters: $fact (indicator id or null), $from, $type (or null).
// Columns: rank, fact, values, evidence (JSON), change (map: id, at, principal, via, reason, nodes, relationships).
MATCH (c:Change)-[:RECORDED]->(v:Revision)
WHERE ($fact IS NOT NULL AND v.fact = $fact) OR ($fact IS NULL AND v.from = $from AND v.type = $type)
RETURN v.rank AS rank, v.fact AS fact, v.values AS values, v.evidence AS evidence,
       {id: c.id, at: toString(c.at), principal: c.principal, via: c.via, reason: c.reason, nodes: c.nodes,
        relationships: c.relationships} AS change
ORDER BY c.at DESC, c.id DESC
