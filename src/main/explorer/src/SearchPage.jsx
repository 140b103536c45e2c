import { useEffect, useState } from 'preact/hooks';
import { Links } from './Links.jsx';
import { LEVEL } from './format.js';
import { href, navigate } from './router.js';
import { HOME_QUERY, SEARCH_QUERY, TYPES, nodeTypeEnum, searchCypher } from './schema.js';
import { markContent, useQuery } from './useQuery.js';

const DEBOUNCE_MS = 250;

/** The search box: results as you type (debounced), narrowed by type facets; the address keeps text and facets. */
export function SearchPage({ text, types }) {
  const [input, setInput] = useState(text);
  useEffect(() => setInput(text), [text]);
  useEffect(() => {
    if (input === text) return undefined;
    const timer = setTimeout(() => navigate(searchUrl(input.trim(), input.trim() ? types : []), true), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [input]);

  return (
    <div class="search">
      <form role="search" onSubmit={(e) => { e.preventDefault(); navigate(searchUrl(input.trim(), types), true); }}>
        <input type="search" name="q" value={input} autoFocus placeholder="搜索 Search: 稀土, 西安, BYD …"
          aria-label="search" onInput={(e) => setInput(e.currentTarget.value)} />
      </form>
      {text ? <Results text={text} types={types} /> : <Home />}
    </div>
  );
}

function searchUrl(text, types) {
  if (!text) return '/';
  const params = new URLSearchParams({ q: text });
  types.forEach((t) => params.append('type', t));
  return `/search?${params}`;
}

function Results({ text, types }) {
  const variables = { text, types: types.length ? types.map(nodeTypeEnum) : null };
  const { data, error } = useQuery(SEARCH_QUERY, variables);
  useEffect(() => { if (data) markContent(); }, [data]);
  if (error) return <p class="error">{error}</p>;
  if (!data) return <p class="loading">Searching …</p>;

  const counts = new Map();
  data.facets.forEach(({ node }) => counts.set(node.__typename, (counts.get(node.__typename) ?? 0) + 1));
  const toggle = (t) => searchUrl(text, types.includes(t) ? types.filter((x) => x !== t) : [...types, t]);
  return (
    <div data-loaded={`search:${text}:${types.join(',')}`}>
      <ul class="facets" aria-label="types">
        {[...counts.entries()].sort((a, b) => b[1] - a[1]).map(([t, n]) => (
          <li><a class={`facet t-${t}${types.includes(t) ? ' on' : ''}`} href={toggle(t)} aria-pressed={types.includes(t)}>
            {t} {TYPES[t]?.zh} <small>{n}</small>
          </a></li>
        ))}
      </ul>
      {data.hits.length === 0 && <p>No match for 「{text}」.</p>}
      <ol class="hits">
        {data.hits.map(({ node, score }) => (
          <li>
            <span class={`dot t-${node.__typename}`} title={node.__typename} />{' '}
            <a href={href(node.__typename, node.id)}>{node.name}</a>
            {node.nameEn && <small lang="en"> {node.nameEn}</small>}
            <span class="meta">{node.__typename} {TYPES[node.__typename]?.zh} · {score.toFixed(2)}</span>
          </li>
        ))}
      </ol>
      <Links query={SEARCH_QUERY} variables={variables} cypher={searchCypher(text)} />
    </div>
  );
}

/** Without a search: what the graph holds, and its zones. */
function Home() {
  const { data, error } = useQuery(HOME_QUERY, {});
  useEffect(() => { if (data) markContent(); }, [data]);
  if (error) return <p class="error">{error}</p>;
  if (!data) return <p class="loading">Loading …</p>;
  return (
    <div class="home" data-loaded="home">
      <p class="intro">
        Zones, enterprises, awards, policies, projects and figures from news articles, each fact with the sentence
        it came from. 中国高新区知识图谱：每条事实都附有原文出处。
      </p>
      <p class="stats">
        {data.stats.nodes} nodes · {data.stats.relationships} relationships ·{' '}
        {data.stats.labels.map((l) => `${l.name} ${l.count}`).join(' · ')}
      </p>
      <h2>Zones 园区 <small>{data.zones.totalCount}</small></h2>
      <ul class="items zones">
        {data.zones.edges.map(({ node: z }) => (
          <li>
            <span class="dot t-Zone" /> <a href={href('Zone', z.id)}>{z.name}</a>
            {z.nameEn && <small lang="en"> {z.nameEn}</small>}
            {z.level && <span class="meta">{LEVEL[z.level]}</span>}
            {z.region && <span class="meta">{z.region.partOf?.name} {z.region.name}</span>}
          </li>
        ))}
      </ul>
      <Links query={HOME_QUERY} cypher="MATCH (z:Zone)-[r:IN_REGION]->(c:Region) RETURN z, r, c" />
    </div>
  );
}
