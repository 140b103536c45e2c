import { useEffect, useRef, useState } from 'preact/hooks';
import cytoscape from 'cytoscape';
import { graphql } from './api.js';
import { href, navigate } from './router.js';
import { TYPES, pageQuery } from './schema.js';

/** One colour per label, used by the graph and its legend. */
export const COLOURS = {
  Zone: '#e4572e', Enterprise: '#17a2b8', Brand: '#d4a017', Award: '#f08a24', Policy: '#5a9e2f',
  Project: '#2e6fab', Indicator: '#a23b72', Organization: '#6a4bc4', Region: '#7f7f7f', Person: '#b5654f',
  Industry: '#2f9e6e', Article: '#333333',
};

/** A figure is named by its metric in the picture (its full name repeats its subject, the node it hangs from). */
const label = (node) => node.metric ?? node.name;

/** The nodes and relationships a page's data shows around `node`: the elements of its neighbourhood. */
export function neighbourhood(node) {
  const type = node.__typename;
  const elements = [{ data: { id: node.id, name: label(node), full: node.name, type } }];
  for (const [field, , relType] of TYPES[type].rels) {
    for (const edge of node[`${field}Connection`]?.edges ?? []) {
      const other = edge.node;
      elements.push({ data: { id: other.id, name: label(other), full: other.name, type: other.__typename } });
      elements.push({ data: { id: `${node.id}|${relType}|${other.id}`, source: node.id, target: other.id, rel: relType } });
    }
  }
  return elements;
}

const STYLE = [
  { selector: 'node', style: {
    'background-color': (n) => COLOURS[n.data('type')] ?? '#999', label: 'data(name)', 'font-size': 10,
    'font-family': '"Noto Sans CJK SC", "Noto Sans SC", sans-serif', color: '#222', 'text-valign': 'bottom',
    'text-margin-y': 3, width: 18, height: 18, 'text-wrap': 'ellipsis', 'text-max-width': '90px',
  } },
  { selector: 'node.centre', style: { width: 28, height: 28, 'font-size': 12, 'font-weight': 'bold' } },
  { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#222' } },
  { selector: 'edge', style: {
    width: 1, 'line-color': '#bbb', 'curve-style': 'bezier', label: 'data(rel)', 'font-size': 7, color: '#666',
    'text-rotation': 'autorotate', 'text-opacity': 0,
  } },
  { selector: 'edge.show', style: { 'text-opacity': 1, 'line-color': '#666' } },
];

/** The neighbourhood picture: a click expands a node (one GraphQL request), a double click opens its page. */
export function Graph({ node }) {
  const box = useRef(null);
  const [types, setTypes] = useState([]);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const cy = cytoscape({
      container: box.current, elements: neighbourhood(node), style: STYLE, wheelSensitivity: 0.3,
      layout: { name: 'concentric', concentric: (n) => (n.id() === node.id ? 2 : 1), levelWidth: () => 1,
        minNodeSpacing: 36, animate: false },
    });
    cy.getElementById(node.id).addClass('centre expanded');
    // The picture's state, for the browser tests and for anyone looking in the developer tools.
    box.current.cy = cy;
    const legend = () => setTypes([...new Set(cy.nodes().map((n) => n.data('type')))].sort());
    legend();

    cy.on('tap', 'node', async (event) => {
      const target = event.target;
      if (target.hasClass('expanded') || !TYPES[target.data('type')]) return;
      target.addClass('expanded');
      setStatus(`expanding ${target.data('full')} …`);
      try {
        const data = await graphql(pageQuery(target.data('type')), { id: target.id() });
        const found = Object.values(data)[0];
        if (!found) return;
        const fresh = neighbourhood(found).filter((e) => cy.getElementById(e.data.id).empty());
        cy.add(fresh);
        cy.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 70 }).run();
        legend();
        setStatus(`${target.data('full')}: ${fresh.filter((e) => !e.data.source).length} new nodes`);
      } catch (error) {
        target.removeClass('expanded');
        setStatus(error.message);
      }
    });
    // Hovering a node names its relationships.
    cy.on('mouseover', 'node', (event) => event.target.connectedEdges().addClass('show'));
    cy.on('mouseout', 'node', (event) => event.target.connectedEdges().removeClass('show'));
    cy.on('dbltap', 'node', (event) => {
      const to = href(event.target.data('type'), event.target.id());
      if (to) navigate(to);
    });
    return () => cy.destroy();
  }, [node]);

  return (
    <section class="graph">
      <h2>Neighbourhood 关系图</h2>
      <p class="hint">Click a node to expand it, double-click to open its page. 单击展开，双击打开。 <span class="status">{status}</span></p>
      <div class="graph-box" ref={box} />
      <ul class="legend">
        {types.map((t) => (
          <li><span class="swatch" style={`background:${COLOURS[t] ?? '#999'}`} />{t} {TYPES[t]?.zh}</li>
        ))}
      </ul>
    </section>
  );
}
