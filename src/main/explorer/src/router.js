// History routing: `/` (search), `/search?q=`, `/<type>/<id>` (ids may hold ':' and '/'), `/article/<id>?quote=`.
import { useEffect, useState } from 'preact/hooks';
import { BY_ROUTE, TYPES } from './schema.js';

export function parse(location) {
  const path = decodeURIComponent(location.pathname);
  const params = new URLSearchParams(location.search);
  const match = path.match(/^\/([a-z]+)\/(.+)$/);
  if (match && BY_ROUTE[match[1]]) {
    return { page: 'node', type: BY_ROUTE[match[1]], id: match[2], quote: params.get('quote') };
  }
  return { page: 'search', text: params.get('q') ?? '', types: params.getAll('type') };
}

/** The explorer's address of a node; `quote` marks a sentence on an article page. */
export function href(type, id, quote) {
  const t = TYPES[type];
  if (!t) return null;
  return `/${t.route}/${id}${quote ? `?${new URLSearchParams({ quote })}` : ''}`;
}

export function navigate(url, replace = false) {
  if (url === location.pathname + location.search) return;
  history[replace ? 'replaceState' : 'pushState'](null, '', url);
  dispatchEvent(new PopStateEvent('popstate'));
}

/** The current route; same-origin links to explorer routes are followed without a reload. */
export function useRoute() {
  const [route, setRoute] = useState(() => parse(location));
  useEffect(() => {
    const onPop = () => setRoute(parse(location));
    const onClick = (event) => {
      const a = event.target.closest?.('a[href]');
      if (!a || a.target || event.defaultPrevented || event.button !== 0
        || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const url = new URL(a.href);
      if (url.origin !== location.origin) return;
      const next = parse(url);
      if (next.page === 'search' && url.pathname !== '/' && url.pathname !== '/search') return;
      event.preventDefault();
      navigate(url.pathname + url.search);
      window.scrollTo(0, 0);
    };
    addEventListener('popstate', onPop);
    document.addEventListener('click', onClick);
    return () => {
      removeEventListener('popstate', onPop);
      document.removeEventListener('click', onClick);
    };
  }, []);
  return route;
}
