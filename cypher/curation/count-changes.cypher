// How many changes there are at or after $since.
// Parameters: $since (ISO date-time or null). Columns: total.
MATCH (c:Change)
WHERE $since IS NULL OR c.at >= datetime($since)
RETURN count(c) AS total
