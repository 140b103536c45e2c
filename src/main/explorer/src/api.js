// The explorer's only way to the data: one POST to /graphql per page (or per graph expansion).

/** Runs a GraphQL document; resolves to `data`, rejects with the first error's message. */
export async function graphql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json().catch(() => null);
  if (!body || body.errors?.length) {
    throw new Error(body?.errors?.[0]?.message ?? `HTTP ${response.status}`);
  }
  return body.data;
}

/** The same document in the offline GraphiQL page. */
export function graphiqlHref(query, variables) {
  const params = new URLSearchParams({ query });
  if (variables && Object.keys(variables).length) params.set('variables', JSON.stringify(variables, null, 2));
  return `/graphiql/?${params}`;
}

/** The same pattern in Neo4j Browser's editor (served at /browser, connected to this service's Neo4j). */
export function browserHref(cypher) {
  return `/browser?${new URLSearchParams({ cmd: 'edit', arg: cypher })}`;
}
