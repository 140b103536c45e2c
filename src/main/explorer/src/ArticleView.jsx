import { useEffect } from 'preact/hooks';
import { Graph } from './Graph.jsx';
import { Quotes } from './Evidence.jsx';
import { href } from './router.js';

const END = /[。！？!?]/;

/** Splits a paragraph around the quote: the sentence that holds it is shaded and the quote itself marked. */
function highlight(paragraph, quote) {
  const at = quote ? paragraph.indexOf(quote) : -1;
  if (at < 0) return paragraph;
  let start = at;
  while (start > 0 && !END.test(paragraph[start - 1])) start -= 1;
  let end = at + quote.length;
  while (end < paragraph.length && !END.test(paragraph[end - 1])) end += 1;
  return [
    paragraph.slice(0, start),
    <span class="sentence">
      {paragraph.slice(start, at)}<mark>{quote}</mark>{paragraph.slice(at + quote.length, end)}
    </span>,
    paragraph.slice(end),
  ];
}

/** An article: its text with the quoted sentence highlighted, and everything it mentions with the quotes. */
export function ArticleView({ article, quote, links }) {
  useEffect(() => {
    document.querySelector('.article-text mark')?.scrollIntoView({ block: 'center' });
  }, [article, quote]);
  const mentions = article.mentionsConnection.edges;
  return (
    <article class="node article" data-loaded={article.id}>
      <header class="head">
        <span class="badge t-Article">Article 文章</span>
        {article.kicker && <p class="kicker">{article.kicker}</p>}
        <h1>{article.title}</h1>
        {article.subtitle && <p class="subtitle">{article.subtitle}</p>}
        {article.byline && <p class="byline">{article.byline}</p>}
        {quote && !article.text.includes(quote) && <p class="error">The quote is not in this article's text: 「{quote}」</p>}
      </header>
      <div class="article-text">
        {article.text.split('\n').filter((p) => p.trim()).map((p) => <p>{highlight(p, quote)}</p>)}
      </div>
      <section class="related">
        <h2>Mentions 提及 <small>{mentions.length}</small></h2>
        <ul class="items">
          {mentions.map(({ node: n, evidence }) => (
            <li>
              <span class={`dot t-${n.__typename}`} title={n.__typename} /> <a href={href(n.__typename, n.id)}>{n.name}</a>
              {n.nameEn && <small lang="en"> {n.nameEn}</small>}
              <Quotes list={evidence} />
            </li>
          ))}
        </ul>
      </section>
      <Graph node={article} />
      {links}
    </article>
  );
}
