// Entity proposals, not accepted, for ids that no node of the graph has: what a relationship or figure would need.
// Parameters: $ids (entity ids). Columns: entity, proposal, status.
UNWIND $ids AS entity
MATCH (n:Proposal {kind: 'ENTITY', factId: entity})
WHERE n.status <> 'ACCEPTED'
  AND NOT EXISTS { MATCH (e:Zone|Enterprise|Brand|Award|Policy|Project|Organization|Region|Person|Industry)
                   WHERE e.id = entity }
RETURN entity, n.id AS proposal, n.status AS status ORDER BY entity, proposal
