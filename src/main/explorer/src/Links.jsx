import { browserHref, graphiqlHref } from './api.js';

/** For people who want to go further: the page's GraphQL document in GraphiQL, its Cypher pattern in Neo4j Browser. */
export function Links({ query, variables, cypher }) {
  return (
    <section class="further">
      <h2>Go further 进一步查询</h2>
      <p>
        <a class="graphiql" href={graphiqlHref(query, variables)}>Open this page's query in GraphiQL</a>
        {' · '}
        <a class="cypher" href={browserHref(cypher)}>Open the Cypher pattern in Neo4j Browser</a>
      </p>
      <details>
        <summary>GraphQL and Cypher</summary>
        <pre>{query}</pre>
        <pre>{variables ? JSON.stringify(variables) : ''}</pre>
        <pre>{cypher}</pre>
        <p class="hint">The read-only Cypher console takes the same statement: <code>POST /cypher</code> with <code>{'{"statement": "..."}'}</code>.</p>
      </details>
    </section>
  );
}
