// Question: Is every node and relationship backed by evidence (every count should be 0)?
// The history (:Change, :Revision and what links them) and proposals under review are bookkeeping, not facts.
// Parameters: none
// Columns: check, violations, examples
CALL {
  MATCH (n)
  WHERE NOT n:Article AND NOT n:Proposal AND NOT n:Change AND NOT n:Revision
    AND n.source IS NULL AND NOT EXISTS { (n)-[:MENTIONED_IN]->(:Article) }
  RETURN count(n) AS nodesWithoutEvidence, collect(n.id)[..5] AS nodesWithoutEvidenceIds
}
CALL {
  MATCH (s)-[r]->()
  WHERE NOT s:Change AND (r.quote IS NULL OR trim(r.quote) = '')
  RETURN count(r) AS relsWithoutQuote, collect(type(r) + ' ' + startNode(r).id + '->' + endNode(r).id)[..5] AS relsWithoutQuoteIds
}
CALL {
  MATCH (s)-[r]->()
  WHERE NOT s:Change AND (r.source IS NULL
     OR (r.source <> 'GB/T 2260' AND NOT EXISTS { MATCH (a:Article) WHERE a.id = r.source }))
  RETURN count(r) AS relsWithUnknownSource, collect(type(r) + ' ' + startNode(r).id + '->' + endNode(r).id)[..5] AS relsWithUnknownSourceIds
}
CALL {
  MATCH ()-[r]->()
  WHERE r.source <> 'GB/T 2260'
  OPTIONAL MATCH (a:Article {id: r.source})
  WITH r, a
  WHERE a IS NOT NULL
    AND NOT any(t IN [a.text, a.title, a.kicker, a.subtitle, a.byline] WHERE coalesce(t, '') CONTAINS r.quote)
  RETURN count(r) AS quotesNotInArticle, collect(type(r) + ' ' + startNode(r).id + '->' + endNode(r).id)[..5] AS quotesNotInArticleIds
}
CALL {
  MATCH (i:Indicator)
  WHERE NOT EXISTS { ()-[:HAS_INDICATOR]->(i) }
  RETURN count(i) AS orphanIndicators, collect(i.id)[..5] AS orphanIndicatorIds
}
UNWIND [
  {check: 'nodes without MENTIONED_IN or source', violations: nodesWithoutEvidence, examples: nodesWithoutEvidenceIds},
  {check: 'relationships without quote', violations: relsWithoutQuote, examples: relsWithoutQuoteIds},
  {check: 'relationships whose source is neither an article nor GB/T 2260', violations: relsWithUnknownSource, examples: relsWithUnknownSourceIds},
  {check: 'article relationships whose quote is not in the article text', violations: quotesNotInArticle, examples: quotesNotInArticleIds},
  {check: 'indicators with no subject (no HAS_INDICATOR)', violations: orphanIndicators, examples: orphanIndicatorIds}
] AS row
RETURN row.check AS check, row.violations AS violations, row.examples AS examples
