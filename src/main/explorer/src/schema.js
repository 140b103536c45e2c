// What the explorer shows of each node type: its route, its own fields and its relationship fields
// (as in schema.graphqls), and how each related node is summarised. Every page's GraphQL document is
// built from this table, so a page is always one request.

const EV = 'evidence { source quote article { id title } }';

/** The fields selected on a related node of each type, beside `__typename id name`. */
const SUMMARY = {
  Zone: 'nameEn level kind region { id name }',
  Enterprise: 'nameEn kind zone { id name }',
  Brand: 'nameEn',
  Award: 'nameEn level year category conferredBy { id name nameEn }',
  Policy: 'nameEn date kind issuedBy { __typename id name }',
  Project: `nameEn kind startDate investment investmentUnit annualInvestment annualInvestmentUnit
    landArea landAreaUnit expectedAnnualOutput expectedAnnualOutputUnit jobs jobsUnit jobsQualifier
    capacity capacityUnit`,
  Indicator: `nameEn metric value unit qualifier period year growth kind ${EV}`,
  Organization: 'nameEn kind',
  Region: 'nameEn kind code',
  Person: 'nameEn',
  Industry: 'nameEn',
  Article: 'title byline',
  Entity: 'nameEn',
};

/** route: the path segment; root: the lookup field; fields: own scalars; rels: [field, target type, relationship type]. */
export const TYPES = {
  Zone: {
    route: 'zone', root: 'zone', zh: '园区', fields: 'level kind',
    rels: [['region', 'Region', 'IN_REGION'], ['partOf', 'Zone', 'PART_OF'], ['parts', 'Zone', 'PART_OF'],
      ['indicators', 'Indicator', 'HAS_INDICATOR'], ['awards', 'Award', 'RECEIVED'],
      ['policies', 'Policy', 'APPLIES_TO'], ['issuedPolicies', 'Policy', 'ISSUED_BY'],
      ['projects', 'Project', 'LOCATED_IN'], ['enterprises', 'Enterprise', 'LOCATED_IN'],
      ['organizations', 'Organization', 'LOCATED_IN'], ['industries', 'Industry', 'IN_INDUSTRY'],
      ['brands', 'Brand', 'OWNED_BY']],
  },
  Enterprise: {
    route: 'enterprise', root: 'enterprise', zh: '企业', fields: 'kind',
    rels: [['zone', 'Zone', 'LOCATED_IN'], ['region', 'Region', 'IN_REGION'], ['partOf', 'Enterprise', 'PART_OF'],
      ['parts', 'Enterprise', 'PART_OF'], ['indicators', 'Indicator', 'HAS_INDICATOR'],
      ['awards', 'Award', 'RECEIVED'], ['projects', 'Project', 'INVESTS_IN'],
      ['industries', 'Industry', 'IN_INDUSTRY'], ['people', 'Person', 'WORKS_FOR'], ['brands', 'Brand', 'OWNED_BY']],
  },
  Brand: {
    route: 'brand', root: 'brand', zh: '品牌', fields: '',
    rels: [['owners', 'Entity', 'OWNED_BY'], ['awards', 'Award', 'RECEIVED']],
  },
  Award: {
    route: 'award', root: 'award', zh: '荣誉', fields: 'level year category',
    rels: [['conferredBy', 'Organization', 'CONFERRED_BY'], ['recipients', 'Entity', 'RECEIVED'],
      ['indicators', 'Indicator', 'HAS_INDICATOR']],
  },
  Policy: {
    route: 'policy', root: 'policy', zh: '政策', fields: 'date kind',
    rels: [['issuedBy', 'Entity', 'ISSUED_BY'], ['appliesTo', 'Zone', 'APPLIES_TO']],
  },
  Project: {
    route: 'project', root: 'project', zh: '项目',
    fields: `kind startDate investment investmentUnit investmentYuan annualInvestment annualInvestmentUnit
      buildingInvestment buildingInvestmentUnit landArea landAreaUnit floorArea floorAreaUnit
      expectedAnnualOutput expectedAnnualOutputUnit expectedAnnualTax expectedAnnualTaxUnit
      jobs jobsUnit jobsQualifier capacity capacityUnit`,
    rels: [['zone', 'Zone', 'LOCATED_IN'], ['investors', 'Entity', 'INVESTS_IN'],
      ['indicators', 'Indicator', 'HAS_INDICATOR'], ['awards', 'Award', 'RECEIVED'],
      ['industries', 'Industry', 'IN_INDUSTRY']],
  },
  Indicator: {
    route: 'indicator', root: 'indicator', zh: '指标',
    fields: 'metric value unit valueYuan qualifier period year growth kind',
    rels: [['subject', 'Entity', 'HAS_INDICATOR']],
  },
  Organization: {
    route: 'organization', root: 'organization', zh: '机构', fields: 'kind',
    rels: [['zone', 'Zone', 'LOCATED_IN'], ['region', 'Region', 'IN_REGION'],
      ['partOf', 'Organization', 'PART_OF'], ['parts', 'Organization', 'PART_OF'],
      ['conferred', 'Award', 'CONFERRED_BY'], ['issuedPolicies', 'Policy', 'ISSUED_BY'],
      ['investments', 'Project', 'INVESTS_IN'], ['awards', 'Award', 'RECEIVED'],
      ['people', 'Person', 'WORKS_FOR'], ['brands', 'Brand', 'OWNED_BY']],
  },
  Region: {
    route: 'region', root: 'region', zh: '地区', fields: 'kind code',
    rels: [['partOf', 'Region', 'PART_OF'], ['parts', 'Region', 'PART_OF'], ['zones', 'Zone', 'IN_REGION'],
      ['indicators', 'Indicator', 'HAS_INDICATOR'], ['awards', 'Award', 'RECEIVED']],
  },
  Person: {
    route: 'person', root: 'person', zh: '人物', fields: '',
    rels: [['employers', 'Entity', 'WORKS_FOR'], ['articles', 'Article', 'WROTE']],
  },
  Industry: {
    route: 'industry', root: 'industry', zh: '产业', fields: '',
    rels: [['zones', 'Zone', 'IN_INDUSTRY'], ['enterprises', 'Enterprise', 'IN_INDUSTRY'],
      ['projects', 'Project', 'IN_INDUSTRY']],
  },
  Article: {
    route: 'article', root: 'article', zh: '文章', fields: 'title kicker subtitle byline text',
    rels: [['authors', 'Person', 'WROTE'], ['mentions', 'Entity', 'MENTIONED_IN']],
  },
};

/** Node type by route segment (`zone` → `Zone`). */
export const BY_ROUTE = Object.fromEntries(Object.entries(TYPES).map(([name, t]) => [t.route, name]));

/** The NodeType enum value of a type name, for `search(types:)`. */
export const nodeTypeEnum = (type) => type.toUpperCase();

/** Relationship fields whose edges carry a role. */
const WITH_ROLE = new Set(['people', 'employers']);

const squash = (s) => s.replace(/\s+/g, ' ').trim();

const related = (target) => squash(`__typename id name ${SUMMARY[target]}`);

/** The one GraphQL document of a node page: the node, its own evidence, and every relationship with its evidence. */
export function pageQuery(type) {
  const t = TYPES[type];
  const own = squash(type === 'Article' ? t.fields : `nameEn aliases ${t.fields} ${EV}`);
  const rels = t.rels.map(([field, target]) => `    ${field}Connection(first: 50) { totalCount edges { `
    + `${WITH_ROLE.has(field) ? 'role ' : ''}${EV} node { ${related(target)} } } }`);
  return `query ${type}Page($id: ID!) {\n  ${t.root}(id: $id) {\n    __typename id name ${own}\n${rels.join('\n')}\n  }\n}`;
}

/** The Cypher pattern behind a node page, for the Cypher console or Neo4j Browser. */
export function pageCypher(type, id) {
  return `MATCH (n:${type} {id: ${JSON.stringify(id)}})-[r]-(m) RETURN n, r, m`;
}

export const SEARCH_QUERY = `query Search($text: String!, $types: [NodeType!]) {
 hits: search(text: $text, types: $types, first: 30) {
  score node { __typename id name ... on Entity { nameEn } }
 }
 facets: search(text: $text, first: 100) { node { __typename } }
}`;

export const HOME_QUERY = `query Home {
 stats { nodes relationships labels { name count } }
 zones(first: 50, orderBy: [{ name: ASC }]) {
  totalCount edges { node { id name nameEn level kind region { id name partOf { name } } } }
 }
}`;

export const searchCypher = (text) =>
  `CALL db.index.fulltext.queryNodes("entity_search", ${JSON.stringify(text)}) YIELD node, score RETURN node, score LIMIT 30`;
