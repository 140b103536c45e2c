// The graph's schema: applied by the service before it loads anything (SchemaInstaller), and by hand with
//   cypher-shell -a neo4j://127.0.0.1:7687 -f cypher/schema.cypher
// One uniqueness constraint on `id` for every label; the indexes the API filters and sorts on; one full-text
// index with the CJK analyzer over the names, aliases and titles of every entity type.

CREATE CONSTRAINT zone_id IF NOT EXISTS FOR (n:Zone) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT enterprise_id IF NOT EXISTS FOR (n:Enterprise) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT brand_id IF NOT EXISTS FOR (n:Brand) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT award_id IF NOT EXISTS FOR (n:Award) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policy_id IF NOT EXISTS FOR (n:Policy) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT indicator_id IF NOT EXISTS FOR (n:Indicator) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT industry_id IF NOT EXISTS FOR (n:Industry) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (n:Proposal) REQUIRE n.id IS UNIQUE;

CREATE INDEX zone_name IF NOT EXISTS FOR (n:Zone) ON (n.name);
CREATE INDEX zone_level IF NOT EXISTS FOR (n:Zone) ON (n.level);
CREATE INDEX enterprise_name IF NOT EXISTS FOR (n:Enterprise) ON (n.name);
CREATE INDEX award_level IF NOT EXISTS FOR (n:Award) ON (n.level);
CREATE INDEX award_year IF NOT EXISTS FOR (n:Award) ON (n.year);
CREATE INDEX project_investment IF NOT EXISTS FOR (n:Project) ON (n.investmentYuan);
CREATE INDEX indicator_metric IF NOT EXISTS FOR (n:Indicator) ON (n.metric);
CREATE INDEX indicator_year IF NOT EXISTS FOR (n:Indicator) ON (n.year);
CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);
CREATE INDEX proposal_article IF NOT EXISTS FOR (n:Proposal) ON (n.article);
CREATE INDEX proposal_fact IF NOT EXISTS FOR (n:Proposal) ON (n.factId);
CREATE INDEX mentioned_in_source IF NOT EXISTS FOR ()-[r:MENTIONED_IN]-() ON (r.source);

CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Zone|Enterprise|Brand|Award|Policy|Project|Indicator|Organization|Region|Person|Industry|Article)
ON EACH [n.name, n.aliases, n.nameEn, n.title]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
