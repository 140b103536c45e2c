// Offline GraphiQL for zonegraph: everything (monaco editor + its web workers,
// fonts, CSS) is bundled by Vite into src/main/resources/static/graphiql, so the
// page never fetches anything from a CDN.

// Must come first: registers MonacoEnvironment.getWorker with Vite-bundled
// (same-origin) workers instead of the esm.sh ones.
import 'graphiql/setup-workers/vite';

import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { parse, print } from 'graphql';

import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';

// Same-origin GraphQL endpoint (POST /graphql).
const fetcher = createGraphiQLFetcher({ url: '/graphql' });

const explorer = explorerPlugin();

const DEFAULT_QUERY = '{ zones(first: 5) { totalCount edges { node { id name } } } }';
// Shown pretty-printed (one field per line) in the editor on first visit.
const DEFAULT_QUERY_PRETTY = print(parse(DEFAULT_QUERY)) + '\n';

// A link may carry a document to open (`/graphiql/?query=...&variables=...`, as the explorer's pages link here);
// it wins over the one saved from the last visit.
const params = new URLSearchParams(window.location.search);

createRoot(document.getElementById('graphiql')).render(
  <GraphiQL
    fetcher={fetcher}
    plugins={[explorer]}
    visiblePlugin={explorer}
    defaultQuery={DEFAULT_QUERY_PRETTY}
    initialQuery={params.get('query') ?? undefined}
    initialVariables={params.get('variables') ?? undefined}
  />,
);
