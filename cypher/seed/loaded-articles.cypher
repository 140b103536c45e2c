// How many articles were loaded from seed files with this fingerprint (to skip a seed already loaded).
// Parameters: $fingerprint (SHA-256 of the seed files). Columns: count.
MATCH (a:Article)
WHERE a.seedFingerprint = $fingerprint
RETURN count(a) AS count
