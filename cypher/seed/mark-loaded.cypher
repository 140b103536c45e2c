// Marks the seed's articles with the fingerprint of the files they were loaded from.
// Parameters: $ids (article ids), $fingerprint. Columns: none.
UNWIND $ids AS id
MATCH (a:Article {id: id})
SET a.seedFingerprint = $fingerprint
