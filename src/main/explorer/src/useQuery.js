import { useEffect, useState } from 'preact/hooks';
import { graphql } from './api.js';

let firstContent = true;

/** Runs one GraphQL request for a page whenever its document or variables change; answers only the current one's result. */
export function useQuery(query, variables) {
  const key = JSON.stringify(variables);
  const [state, setState] = useState({});
  useEffect(() => {
    let current = true;
    graphql(query, variables)
      .then((data) => current && setState({ data, key }))
      .catch((error) => current && setState({ error: error.message, key }));
    return () => { current = false; };
  }, [query, key]);
  return state.key === key ? state : {};
}

/** Marks the first page content in the browser's performance timeline (measured by the load benchmark). */
export function markContent() {
  if (firstContent) {
    firstContent = false;
    performance.mark('zonegraph:content');
  }
}
