// Stores proposals: a new one as PENDING; one already there (same id, so same content) keeps its status and decision.
// Parameters: $proposals (list of property maps, each with id).
// Columns: proposal (its properties, times as text), created (whether this statement stored it).
UNWIND $proposals AS p
MERGE (n:Proposal {id: p.id})
  ON CREATE SET n += p, n.status = 'PENDING', n.createdAt = datetime.transaction()
RETURN n {.*, createdAt: toString(n.createdAt), decidedAt: toString(n.decidedAt)} AS proposal,
       n.createdAt = datetime.transaction() AS created
ORDER BY proposal.position
