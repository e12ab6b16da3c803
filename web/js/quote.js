// The quotation page (?view=quote&id=…): the quotation, the paragraph it stands in with the quotation
// marked, the article's other quotations by the same speaker, and the other articles that reported it.
import { el, externalLink, formatDate, plural } from './dom.js';
import { citationButton, hitCard, hitMeta, paragraphWithQuotation, quotationText } from './hit.js';
import { urlOf } from './state.js';

export function renderQuote(view, data, nav) {
  const hit = data.quote;
  const article = hit.article || {};
  const also = data.alsoReportedBy || [];
  const same = data.sameSpeaker || [];
  view.replaceChildren(el('div', { class: 'quote-view' },
    backLink(nav),
    el('article', { class: 'quote-page', 'aria-labelledby': 'quote-heading' },
      el('h1', { id: 'quote-heading', class: 'visually-hidden' }, `Quotation by ${hit.speaker || 'an unidentified source'}`),
      el('blockquote', { class: 'quote-large', cite: article.url || null }, quotationText(hit, { marks: false })),
      hitMeta(hit),
      el('div', { class: 'hit-actions' }, citationButton(hit),
        hit.speaker ? el('a', { class: 'action', href: urlOf({ view: 'speaker', name: hit.speaker }), 'data-nav': '' }, `All quotations by ${hit.speaker}`) : null),
      el('section', { class: 'source-article', 'aria-labelledby': 'article-heading' },
        el('h2', { id: 'article-heading' }, 'In the article'),
        el('p', { class: 'article-title' },
          externalLink(article.url, article.title || article.source || 'Article', { class: 'article-link' }),
          el('span', { class: 'article-byline' }, [article.source, formatDate(article.date)].filter(Boolean).join(' · '))),
        paragraphWithQuotation(data.paragraph || hit.context || '', hit),
        hit.cue ? el('p', { class: 'cue-note' }, 'Attribution cue: ', el('q', {}, hit.cue),
          typeof hit.confidence === 'number' ? ` · extractor confidence ${Math.round(hit.confidence * 100)}%` : '') : null)),
    same.length ? el('section', { class: 'related', 'aria-labelledby': 'same-heading' },
      el('h2', { id: 'same-heading' }, `More from ${hit.speaker || 'this source'} in this article`),
      el('ol', { class: 'hit-list' }, same.map((other) => el('li', {}, hitCard(other))))) : null,
    el('section', { class: 'related', 'aria-labelledby': 'also-heading' },
      el('h2', { id: 'also-heading' }, 'Also reported by'),
      also.length
        ? el('ul', { class: 'also-list' }, also.map((a) => el('li', {},
          externalLink(a.url, a.title || a.source || 'Article', { class: 'article-link' }),
          el('span', { class: 'article-byline' }, [a.source, formatDate(a.date)].filter(Boolean).join(' · ')))))
        : el('p', { class: 'muted' }, 'No other article in the corpus carries this quotation.'))));
  return `Quotation by ${hit.speaker || 'an unidentified source'}${same.length ? `, ${plural(same.length, 'more quotation')} from the same article` : ''}.`;
}

/** "← Back to results" when we came from a page of ours, else a link home. */
export function backLink(nav) {
  if (nav.canGoBack()) {
    return el('button', { type: 'button', class: 'back link-button', on: { click: () => window.history.back() } }, '← Back');
  }
  return el('a', { class: 'back', href: '/', 'data-nav': '' }, '← All quotations');
}

