import { useEffect } from 'preact/hooks';
import { Quotes } from './Evidence.jsx';
import { Figures } from './Figures.jsx';
import { Graph } from './Graph.jsx';
import { Links } from './Links.jsx';
import { ArticleView } from './ArticleView.jsx';
import { LEVEL, amount } from './format.js';
import { href } from './router.js';
import { TYPES, pageCypher, pageQuery } from './schema.js';
import { markContent, useQuery } from './useQuery.js';

/** Section titles of the relationship fields. */
const TITLES = {
  region: 'Region 所在地区', partOf: 'Part of 隶属', parts: 'Parts 下属', awards: 'Awards 荣誉称号',
  policies: 'Policies 适用政策', issuedPolicies: 'Policies issued 发布的政策', projects: 'Projects 项目',
  investments: 'Investments 投资项目', enterprises: 'Enterprises 企业', organizations: 'Organizations 机构',
  industries: 'Industries 产业', brands: 'Brands 品牌', zone: 'Zone 园区', people: 'People 人物',
  owners: 'Owners 所有者', conferredBy: 'Conferred by 授予机构', recipients: 'Recipients 获得者',
  issuedBy: 'Issued by 发布机构', appliesTo: 'Applies to 适用园区', investors: 'Investors 投资方',
  subject: 'Subject 对象', conferred: 'Awards conferred 授予的荣誉', zones: 'Zones 园区',
  employers: 'Works for 任职', articles: 'Articles 文章', authors: 'Authors 作者', mentions: 'Mentions 提及',
};

/** The page of one node: its facts with their quotes, figures, awards, policies, projects, picture and links. */
export function NodePage({ type, id, quote }) {
  const query = pageQuery(type);
  const { data, error } = useQuery(query, { id });
  const node = data && Object.values(data)[0];
  useEffect(() => { if (node) markContent(); }, [node]);

  if (error) return <p class="error">{error}</p>;
  if (!data) return <p class="loading">Loading {id} …</p>;
  if (!node) return <p class="error" data-loaded={id}>No {type} with id {id}.</p>;
  const links = <Links query={query} variables={{ id }} cypher={pageCypher(type, id)} />;
  if (type === 'Article') return <ArticleView article={node} quote={quote} links={links} />;

  const edges = (field) => node[`${field}Connection`]?.edges ?? [];
  const special = new Set(['indicators', 'awards', 'conferred', 'policies', 'issuedPolicies', 'projects', 'investments']);
  return (
    <article class="node" data-loaded={id}>
      <Header node={node} type={type} />
      {type === 'Indicator' && <Figures edges={[{ node, evidence: [] }]} />}
      {edges('indicators').length > 0 && <Figures edges={edges('indicators')} />}
      {['awards', 'conferred'].map((f) => edges(f).length > 0 && <Awards title={TITLES[f]} edges={edges(f)} />)}
      {['policies', 'issuedPolicies'].map((f) => edges(f).length > 0 && <Policies title={TITLES[f]} edges={edges(f)} />)}
      {['projects', 'investments'].map((f) => edges(f).length > 0 && <Projects title={TITLES[f]} edges={edges(f)} />)}
      {TYPES[type].rels.filter(([f]) => !special.has(f) && edges(f).length > 0)
        .map(([f]) => <Related title={TITLES[f] ?? f} edges={edges(f)} total={node[`${f}Connection`].totalCount} />)}
      <Graph node={node} />
      {links}
    </article>
  );
}

function Header({ node, type }) {
  const t = TYPES[type];
  const facts = t.fields.split(/\s+/).filter((f) => f && !/(Unit|Qualifier|Yuan)$/.test(f) && node[f] != null);
  return (
    <header class="head">
      <span class={`badge t-${type}`}>{type} {t.zh}</span>
      <h1>{node.name}</h1>
      {node.nameEn && <p class="en" lang="en">{node.nameEn}</p>}
      {node.aliases?.length > 0 && <p class="aliases">also 别名: {node.aliases.join('、')}</p>}
      <dl class="facts">
        <dt>id</dt><dd><code>{node.id}</code></dd>
        {facts.map((f) => [
          <dt>{f}</dt>,
          <dd>{f === 'level' ? `${LEVEL[node[f]]} ${node[f]}` : amount(node[f], node[`${f}Unit`], node[`${f}Qualifier`]) || node[f]}</dd>,
        ])}
      </dl>
      {node.evidence?.length > 0 && <div class="sources"><h2>Evidence 出处</h2><Quotes list={node.evidence} /></div>}
    </header>
  );
}

const Name = ({ node }) => {
  const to = href(node.__typename, node.id);
  return (
    <span class="name">
      {to ? <a href={to}>{node.name}</a> : node.name}
      {node.nameEn && <small lang="en"> {node.nameEn}</small>}
    </span>
  );
};

function Awards({ title, edges }) {
  return (
    <section class="awards">
      <h2>{title} <small>{edges.length}</small></h2>
      <div class="scroll"><table>
        <thead><tr><th>award 荣誉</th><th>level 级别</th><th>year</th><th>conferred by 授予机构</th><th>evidence 出处</th></tr></thead>
        <tbody>
          {edges.map(({ node: a, evidence }) => (
            <tr data-id={a.id}>
              <td><Name node={a} /></td>
              <td>{a.level && `${LEVEL[a.level]} ${a.level}`}</td>
              <td>{a.year}</td>
              <td>{(a.conferredBy ?? []).map((o) => <Name node={{ ...o, __typename: 'Organization' }} />)}</td>
              <td><Quotes list={evidence} /></td>
            </tr>
          ))}
        </tbody>
      </table></div>
    </section>
  );
}

function Policies({ title, edges }) {
  return (
    <section class="policies">
      <h2>{title} <small>{edges.length}</small></h2>
      <ul class="items">
        {edges.map(({ node: p, evidence }) => (
          <li>
            <Name node={p} /> {p.date && <span class="meta">{p.date}</span>} {p.kind && <span class="meta">{p.kind}</span>}
            {p.issuedBy?.length > 0 && <span class="meta">issued by 发布: {p.issuedBy.map((o) => <Name node={o} />)}</span>}
            <Quotes list={evidence} />
          </li>
        ))}
      </ul>
    </section>
  );
}

const PROJECT_FIGURES = [['investment', '总投资'], ['annualInvestment', '年度投资'], ['landArea', '占地'],
  ['expectedAnnualOutput', '预计年产值'], ['jobs', '就业'], ['capacity', '产能']];

function Projects({ title, edges }) {
  return (
    <section class="projects">
      <h2>{title} <small>{edges.length}</small></h2>
      <ul class="items">
        {edges.map(({ node: p, evidence }) => (
          <li>
            <Name node={p} /> {p.startDate && <span class="meta">start {p.startDate}</span>}
            <span class="meta">
              {PROJECT_FIGURES.filter(([f]) => p[f] != null)
                .map(([f, zh]) => `${zh} ${amount(p[f], p[`${f}Unit`], p[`${f}Qualifier`])}`).join(' · ')}
            </span>
            <Quotes list={evidence} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Related({ title, edges, total }) {
  return (
    <section class="related">
      <h2>{title} <small>{total > edges.length ? `${edges.length} of ${total}` : edges.length}</small></h2>
      <ul class="items">
        {edges.map(({ node: n, evidence, role }) => (
          <li>
            <span class={`dot t-${n.__typename}`} title={n.__typename} /> <Name node={n} />
            {role && <span class="meta">{role}</span>}
            {n.level && <span class="meta">{LEVEL[n.level]}</span>}
            {n.region && <span class="meta">{n.region.name}</span>}
            {n.zone && <span class="meta">{n.zone.name}</span>}
            <Quotes list={evidence} />
          </li>
        ))}
      </ul>
    </section>
  );
}
