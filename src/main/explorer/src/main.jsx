// The zonegraph explorer: served by the service at `/` and at each node's address (`/zone/zone:xian`).
// Every page is one request to the public GraphQL API at /graphql; nothing is loaded from anywhere else.
import { render } from 'preact';
import { NodePage } from './NodePage.jsx';
import { SearchPage } from './SearchPage.jsx';
import { useRoute } from './router.js';
import './style.css';

function App() {
  const route = useRoute();
  return (
    <>
      <nav class="top">
        <a class="brand" href="/">zonegraph <span>高新区图谱</span></a>
        <span class="tools"><a href="/">Search 搜索</a> <a href="/graphiql/">GraphiQL</a> <a href="/browser">Neo4j Browser</a></span>
      </nav>
      <main>
        {route.page === 'node'
          ? <NodePage key={`${route.type}:${route.id}`} type={route.type} id={route.id} quote={route.quote} />
          : <SearchPage text={route.text} types={route.types} />}
      </main>
    </>
  );
}

render(<App />, document.getElementById('app'));
