// Records the decision on PENDING proposals: ACCEPTED (with the change that wrote them) or REJECTED (with why).
// Parameters: $ids, $status, $by (who), $change (change id or null), $reason (or null).
// Columns: decided (how many were PENDING and are now decided).
MATCH (n:Proposal) WHERE n.id IN $ids AND n.status = 'PENDING'
SET n.status = $status, n.decidedBy = $by, n.decidedAt = datetime(), n.change = $change, n.reason = $reason
RETURN count(n) AS decided
