// One quotation as a card: the words (matched ones marked), who said it and in what role, when, where it
// was reported, direct or reported, the paragraph on demand, and actions (copy citation, permalink).
import { displayText, el, externalLink, formatDate, highlighted, locateQuotation } from './dom.js';
import { citationOf, copyText } from './citation.js';
import { urlOf } from './state.js';

const KIND_LABELS = { direct: 'Direct quote', indirect: 'Reported speech', mixed: 'Partly quoted' };
let contextCounter = 0;

/** The quotation's words with the matched ones in <mark>, between typographic quote marks when direct. */
export function quotationText(hit, { marks = true } = {}) {
  const { text, ranges } = displayText(hit.text, hit.highlight);
  const direct = hit.kind === 'direct';
  return el('p', { class: `quote-text${direct ? ' is-direct' : ''}` },
    direct ? '“' : null,
    marks ? highlighted(text, ranges) : text,
    direct ? '”' : null);
}

/** A link to a speaker's page (plain text for unattributed quotations). */
function speakerLink(name) {
  if (!name) return el('span', { class: 'speaker unattributed' }, 'Unattributed');
  return el('a', { class: 'speaker', href: urlOf({ view: 'speaker', name }), 'data-nav': '' }, name);
}

/** "Direct quote" / "Reported speech" badge. */
function kindBadge(kind) {
  const label = KIND_LABELS[kind] || kind || 'Quotation';
  return el('span', { class: `badge badge-${kind || 'unknown'}`, title: label }, label);
}

/** Speaker, role, date and source on one line. */
export function hitMeta(hit) {
  const article = hit.article || {};
  const date = hit.date || article.date;
  return el('div', { class: 'hit-meta' },
    kindBadge(hit.kind),
    el('span', { class: 'who' }, speakerLink(hit.speaker), hit.role ? el('span', { class: 'role' }, hit.role) : null),
    date ? el('time', { class: 'when', datetime: date }, formatDate(date)) : null,
    article.source || article.url
      ? el('span', { class: 'where' }, externalLink(article.url, article.source || article.title || 'Source', {
        class: 'source', title: article.title || null }))
      : null);
}

/** A copy-citation button that says "Copied" for a moment (announced to screen readers too). */
export function citationButton(hit) {
  const label = el('span', {}, 'Copy citation');
  const button = el('button', {
    type: 'button', class: 'action copy-citation', 'aria-label': `Copy citation of this quotation by ${hit.speaker || 'an unidentified source'}`,
  }, label);
  button.addEventListener('click', async () => {
    const copied = await copyText(citationOf(hit));
    label.textContent = copied ? 'Copied' : 'Press Ctrl+C to copy';
    button.classList.toggle('is-copied', copied);
    announce(copied ? 'Citation copied to the clipboard.' : 'Citation selected; copy it with Ctrl+C.');
    window.setTimeout(() => {
      label.textContent = 'Copy citation';
      button.classList.remove('is-copied');
    }, 2500);
  });
  return button;
}

/** Says something through the page's polite live region. */
export function announce(message) {
  const status = document.getElementById('status');
  if (status) status.textContent = message;
}

/** The paragraph around a quotation, the quotation marked where it can be found. */
export function paragraphWithQuotation(paragraph, hit) {
  return el('p', { class: 'paragraph' }, highlighted(paragraph, locateQuotation(paragraph, displayText(hit.text).text), 'quoted'));
}

/** The result card used in result lists, on the speaker page and under "more from this article". */
export function hitCard(hit, { showContext = true } = {}) {
  const permalink = urlOf({ view: 'quote', id: hit.id });
  const card = el('article', {
    class: 'hit', tabindex: '-1', 'data-id': hit.id, 'data-href': permalink,
    'aria-label': `Quotation by ${hit.speaker || 'an unidentified source'}`,
  });
  const actions = el('div', { class: 'hit-actions' });
  if (showContext && hit.context) {
    const id = `context-${++contextCounter}`;
    const panel = el('div', { class: 'hit-context', id, hidden: true },
      el('p', { class: 'context-label' }, 'In the article'),
      paragraphWithQuotation(hit.context, hit));
    const toggle = el('button', { type: 'button', class: 'action toggle-context', 'aria-expanded': 'false', 'aria-controls': id }, 'Show context');
    toggle.addEventListener('click', () => {
      const open = panel.hidden;
      panel.hidden = !open;
      toggle.setAttribute('aria-expanded', String(open));
      toggle.textContent = open ? 'Hide context' : 'Show context';
    });
    actions.append(toggle);
    card.append(quotationText(hit), hitMeta(hit), actions, panel);
  } else {
    card.append(quotationText(hit), hitMeta(hit), actions);
  }
  actions.append(
    citationButton(hit),
    el('a', { class: 'action permalink', href: permalink, 'data-nav': '' }, 'Permalink'));
  const also = hit.alsoReportedBy || [];
  if (also.length) {
    actions.append(el('span', { class: 'also-count' }, `also in ${also.length} other ${also.length === 1 ? 'source' : 'sources'}`));
  }
  return card;
}
