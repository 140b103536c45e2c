import { href } from './router.js';

/** One quote with its article; a click opens the article with the sentence highlighted. */
export function Quote({ evidence }) {
  if (!evidence.article) {
    return <span class="quote">{evidence.quote} <small>({evidence.source})</small></span>;
  }
  return (
    <a class="quote" href={href('Article', evidence.article.id, evidence.quote)} title={evidence.article.title}>
      「{evidence.quote}」<small>{evidence.article.title}</small>
    </a>
  );
}

/** Every quote behind a fact. */
export function Quotes({ list }) {
  if (!list?.length) return null;
  return <div class="quotes">{list.map((e) => <Quote evidence={e} />)}</div>;
}
