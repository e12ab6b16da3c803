// Building the page from server data without ever parsing it as HTML: every text from the API becomes a
// text node, every attribute is set one by one, and links are kept only for http(s) addresses.

/**
 * Creates an element. attrs: plain attributes (set with setAttribute), plus `class`, `text` (textContent),
 * `hidden` (boolean) and `on` ({event: handler}). Children may be nodes, strings (become text) or null.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  applyAttrs(node, attrs);
  append(node, children);
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Same as el, for SVG elements. */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  applyAttrs(node, attrs);
  append(node, children);
  return node;
}

function applyAttrs(node, attrs) {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'text') node.textContent = String(value);
    else if (name === 'on') for (const [event, handler] of Object.entries(value)) node.addEventListener(event, handler);
    else if (name === 'hidden') node.hidden = Boolean(value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
}

/** Appends children: nodes as they are, strings and numbers as text, arrays flattened, null skipped. */
function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/**
 * The text with the given [start, end) ranges wrapped in <mark>, as a fragment of text nodes. Ranges out of
 * bounds, empty or overlapping an earlier one are ignored, so bad offsets can never break the page.
 */
export function highlighted(text, ranges, markClass) {
  const fragment = document.createDocumentFragment();
  const valid = (Array.isArray(ranges) ? ranges : [])
    .filter((r) => Array.isArray(r) && Number.isInteger(r[0]) && Number.isInteger(r[1]))
    .filter(([start, end]) => start >= 0 && end <= text.length && start < end)
    .sort((a, b) => a[0] - b[0]);
  let at = 0;
  for (const [start, end] of valid) {
    if (start < at) continue;
    if (start > at) fragment.append(document.createTextNode(text.slice(at, start)));
    fragment.append(el('mark', markClass ? { class: markClass } : {}, text.slice(start, end)));
    at = end;
  }
  if (at < text.length) fragment.append(document.createTextNode(text.slice(at)));
  return fragment;
}

/**
 * A quotation's words as shown: surrounding white space and a trailing comma, colon or semicolon (left over
 * from "…a letter," she said) are cut, and the highlight ranges moved and clipped to match.
 */
export function displayText(text, ranges) {
  const raw = typeof text === 'string' ? text : '';
  const start = raw.length - raw.trimStart().length;
  const end = start + raw.trim().replace(/[\s,;:]+$/, '').length;
  const shown = raw.slice(start, end);
  const moved = (Array.isArray(ranges) ? ranges : [])
    .filter((r) => Array.isArray(r) && Number.isInteger(r[0]) && Number.isInteger(r[1]))
    .map(([from, to]) => [Math.max(0, from - start), Math.min(shown.length, to - start)])
    .filter(([from, to]) => from < to);
  return { text: shown, ranges: moved };
}

/**
 * Where a quotation stands in its paragraph, as [start, end) ranges. A quotation split around its
 * attribution is joined by a space in the API, so it is found piece by piece: the longest run of words
 * that occurs (in order) in the paragraph, then the next. Single stray words are not marked.
 */
export function locateQuotation(paragraph, quotation) {
  if (!paragraph || !quotation) return [];
  const exact = paragraph.indexOf(quotation);
  if (exact >= 0) return [[exact, exact + quotation.length]];
  const words = quotation.split(/\s+/).filter(Boolean);
  const ranges = [];
  let from = 0;
  let i = 0;
  while (i < words.length) {
    let best = null;
    for (let j = words.length; j > i; j--) {
      const piece = words.slice(i, j).join(' ');
      const at = paragraph.indexOf(piece, from);
      if (at >= 0) { best = { at, piece, next: j }; break; }
    }
    if (!best) { i++; continue; }
    if (best.next - i >= 2 || best.next === words.length) {
      ranges.push([best.at, best.at + best.piece.length]);
      from = best.at + best.piece.length;
    }
    i = best.next;
  }
  return ranges;
}

/** The address if it is an absolute http(s) URL, else null: javascript:, data: and the like never become links. */
export function safeHttpUrl(url) {
  if (typeof url !== 'string' || url === '') return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A link to an outside article (new tab, no opener, no referrer), or plain text when the URL is unsafe. */
export function externalLink(url, text, attrs = {}) {
  const href = safeHttpUrl(url);
  if (!href) return el('span', { class: attrs.class }, text);
  return el('a', { ...attrs, href, target: '_blank', rel: 'noopener noreferrer' }, text);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

/** "2018-07-07" → "July 7, 2018"; "2018-07" → "July 2018"; anything else as it is (or "" for null). */
export function formatDate(iso) {
  if (typeof iso !== 'string') return '';
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) return iso;
  return m[3] ? `${month} ${Number(m[3])}, ${m[1]}` : `${month} ${m[1]}`;
}

/** "2018-07" → "Jul 2018" (chart labels). */
export function shortMonth(period) {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  return m ? `${MONTHS[Number(m[2]) - 1].slice(0, 3)} ${m[1]}` : period;
}

/** 1 quotation / 2 quotations. */
export function plural(count, one, many = `${one}s`) {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
