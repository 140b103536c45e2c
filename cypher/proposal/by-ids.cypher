// Proposals by id (no row for an unknown id).
// Parameters: $ids. Columns: proposal (its properties, times as text).
MATCH (n:Proposal) WHERE n.id IN $ids
RETURN n {.*, createdAt: toString(n.createdAt), decidedAt: toString(n.decidedAt)} AS proposal
