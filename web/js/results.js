// The search view: how the question was understood (editable), facet filters, sort, the hits, paging and
// export. Every control changes the URL state through nav.go(), which re-runs the search.
import { el, plural } from './dom.js';
import { hitCard } from './hit.js';
import { api } from './api.js';
import { isHome, searchParams, urlOf, withChanges } from './state.js';

const EXAMPLES = [
  'what did Nauert say about the letter',
  'Pompeo on denuclearization',
  'who said regrettable',
  'what did Obama say about climate change',
  'who said climate change in 2019',
];

const FACETS = [
  { key: 'speaker', label: 'Speaker', multi: true },
  { key: 'role', label: 'Role' },
  { key: 'source', label: 'Source' },
  { key: 'year', label: 'Year' },
];
const FACET_PREVIEW = 8;
const KINDS = [['', 'All statements'], ['direct', 'Direct quotes only'], ['indirect', 'Reported speech only'],
  ['mixed', 'Partly quoted only']];
const SORTS = [['relevance', 'Best match'], ['date', 'Newest first'], ['date-asc', 'Oldest first']];

/** Example questions as buttons that run the search. */
export function examples(nav, heading = 'Try asking') {
  return el('div', { class: 'examples' },
    el('span', { class: 'examples-label' }, heading),
    el('ul', { class: 'example-list' }, EXAMPLES.map((q) => el('li', {},
      el('a', { class: 'example', href: urlOf({ view: 'search', q }), 'data-nav': '' }, q)))));
}

/** Renders a search response into the view. */
export function renderSearch(view, state, response, nav) {
  const home = isHome(state);
  const parts = [];
  if (home) {
    parts.push(el('section', { class: 'intro', 'aria-labelledby': 'intro-title' },
      el('h1', { id: 'intro-title' }, 'Who said what, in what role, when and where'),
      el('p', { class: 'lede' }, 'Search statements attributed in news articles: direct quotes and reported speech, with the speaker, their role, the date and the source.'),
      examples(nav)));
  } else {
    parts.push(el('h1', { class: 'visually-hidden' }, state.q ? `Quotations for “${state.q}”` : 'Quotations'));
    parts.push(understood(state, response.query || {}, nav));
  }
  parts.push(el('div', { class: 'layout' },
    facets(state, response, nav, home),
    results(state, response, nav, home)));
  view.replaceChildren(...parts);
}

/** The "understood as" panel: explanation, removable chips, ambiguity picks, date range. */
function understood(state, query, nav) {
  const chips = el('ul', { class: 'chips', 'aria-label': 'Filters in effect' });
  for (const name of query.speakers || []) {
    chips.append(chip('Speaker', name, () => nav.go(without(state, query, 'speaker', name))));
  }
  if (query.topic) chips.append(chip('About', query.topic));
  for (const phrase of query.phrases || []) chips.append(chip('Phrase', `“${phrase}”`));
  if (query.role) chips.append(chip('Role', query.role, () => nav.go(without(state, query, 'role'))));
  if (query.source) chips.append(chip('Source', query.source, () => nav.go(without(state, query, 'source'))));
  if (query.kind) chips.append(chip('Kind', query.kind, () => nav.go(without(state, query, 'kind'))));
  if (state.year) chips.append(chip('Year', state.year, () => nav.go(withChanges(state, { year: null }))));

  const panel = el('section', { class: 'understood', 'aria-label': 'How your question was understood' },
    el('p', { class: 'explanation' },
      el('span', { class: 'understood-label' }, 'Showing '),
      query.explanation || (state.q ? `quotations matching “${state.q}”` : 'all quotations')),
    chips.childElementCount ? chips : null);

  for (const { mention, candidates } of query.ambiguous || []) {
    panel.append(el('div', { class: 'ambiguous', role: 'group', 'aria-label': `Who is ${mention}?` },
      el('span', {}, `“${mention}” could be `),
      (candidates || []).map((name) => el('button', {
        type: 'button', class: 'pick', on: { click: () => nav.go(withChanges(state, { speaker: [...(state.speaker || []), name] })) },
      }, name))));
  }
  panel.append(dateRange(state, query, nav));
  return panel;
}

function chip(label, value, onRemove) {
  return el('li', { class: 'chip' },
    el('span', { class: 'chip-label' }, `${label}:`), ' ', el('span', { class: 'chip-value' }, value),
    onRemove ? el('button', {
      type: 'button', class: 'chip-remove', 'aria-label': `Remove ${label.toLowerCase()} filter ${value}`,
      title: `Remove ${label.toLowerCase()} filter`, on: { click: onRemove },
    }, '×') : null);
}

/**
 * The state without one understood filter. A filter given as a URL parameter is simply dropped; one the
 * server read out of the question ("what did Nauert say …") cannot be dropped from the words, so the
 * question is restated as what remains understood: the topic and phrases as text, the other filters as
 * parameters.
 */
function without(state, query, field, value) {
  const explicit = field === 'speaker' ? (state.speaker || []).includes(value) : Boolean(state[field]);
  if (explicit) {
    return withChanges(state, field === 'speaker'
      ? { speaker: state.speaker.filter((name) => name !== value) }
      : { [field]: null });
  }
  const words = [query.topic, ...(query.phrases || []).map((p) => `"${p}"`)].filter(Boolean).join(' ');
  const changes = {
    q: words,
    speaker: (query.speakers || []).filter((name) => !(field === 'speaker' && name === value)),
  };
  for (const key of ['role', 'source', 'kind', 'from', 'to']) changes[key] = key === field ? null : (state[key] || query[key] || null);
  return withChanges(state, changes);
}

function dateRange(state, query, nav) {
  const from = el('input', {
    id: 'date-from', name: 'from', type: 'text', inputmode: 'numeric', placeholder: 'YYYY-MM-DD',
    pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', value: state.from || query.from || '', autocomplete: 'off',
  });
  const to = el('input', {
    id: 'date-to', name: 'to', type: 'text', inputmode: 'numeric', placeholder: 'YYYY-MM-DD',
    pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', value: state.to || query.to || '', autocomplete: 'off',
  });
  const form = el('form', { class: 'dates', 'aria-label': 'Date range' },
    el('label', { for: 'date-from' }, 'From'), from,
    el('label', { for: 'date-to' }, 'to'), to,
    el('button', { type: 'submit', class: 'secondary' }, 'Apply dates'),
    (state.from || state.to || query.from || query.to)
      ? el('button', { type: 'button', class: 'link-button', on: { click: () => nav.go(without(without(state, query, 'from'), query, 'to')) } }, 'Any date')
      : null);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    nav.go(withChanges(state, { from: from.value.trim() || null, to: to.value.trim() || null }));
  });
  return form;
}

/** Facet groups and the sort control. */
function facets(state, response, nav, home) {
  const aside = el('aside', { class: 'facets is-collapsed', id: 'facets', 'aria-label': 'Refine results' });
  // On narrow screens the filters fold away behind this button, so results come first.
  const active = (state.speaker || []).length + ['role', 'source', 'year', 'kind'].filter((key) => state[key]).length;
  const toggle = el('button', { type: 'button', class: 'facets-toggle secondary', 'aria-expanded': 'false', 'aria-controls': 'facets' },
    active ? `Filters and sort (${active} on)` : 'Filters and sort');
  toggle.addEventListener('click', () => {
    const open = aside.classList.toggle('is-collapsed') === false;
    toggle.setAttribute('aria-expanded', String(open));
  });
  aside.append(toggle);
  const current = state.sort || (home ? 'date' : 'relevance');
  const sort = el('select', { id: 'sort', name: 'sort' },
    SORTS.map(([value, label]) => el('option', { value, selected: current === value }, label)));
  sort.addEventListener('change', () => nav.go(withChanges(state, { sort: sort.value === 'relevance' ? null : sort.value })));
  aside.append(el('div', { class: 'facet sort' }, el('label', { for: 'sort', class: 'facet-title' }, 'Sort'), sort));
  const query = response.query || {};
  const kind = el('select', { id: 'kind', name: 'kind' },
    KINDS.map(([value, label]) => el('option', { value, selected: (state.kind || query.kind || '') === value }, label)));
  kind.addEventListener('change', () => nav.go(kind.value ? withChanges(state, { kind: kind.value }) : without(state, query, 'kind')));
  aside.append(el('div', { class: 'facet kind' }, el('label', { for: 'kind', class: 'facet-title' }, 'Kind'), kind));

  const all = response.facets || {};
  // Counts of a large match set are estimates (API.md, totalExact).
  const approx = response.totalExact === false ? '~' : '';
  for (const { key, label, multi } of FACETS) {
    const selected = multi ? (state.speaker || []) : (state[key] ? [state[key]] : []);
    const values = [...(all[key] || [])];
    for (const value of selected) if (!values.some((v) => String(v.value) === value)) values.unshift({ value, count: null });
    if (!values.length) continue;
    const list = el('ul', { class: 'facet-values' });
    values.forEach((entry, i) => {
      const value = String(entry.value);
      const on = selected.includes(value);
      const next = multi
        ? withChanges(state, { speaker: on ? selected.filter((v) => v !== value) : [...selected, value] })
        : withChanges(state, { [key]: on ? null : value });
      list.append(el('li', { class: i >= FACET_PREVIEW && !on ? 'is-extra' : null, hidden: i >= FACET_PREVIEW && !on },
        el('a', {
          class: `facet-value${on ? ' is-on' : ''}`, href: urlOf(next), 'data-nav': '', 'aria-pressed': String(on),
          'data-facet': key, 'data-value': value, role: 'button',
        }, el('span', { class: 'facet-name' }, value),
        entry.count !== null && entry.count !== undefined ? el('span', { class: 'facet-count' }, `${approx}${entry.count}`) : null)));
    });
    const group = el('div', { class: 'facet', role: 'group', 'aria-labelledby': `facet-${key}` },
      el('h2', { class: 'facet-title', id: `facet-${key}` }, label), list);
    const extra = values.length - FACET_PREVIEW;
    if (extra > 0) {
      const more = el('button', { type: 'button', class: 'link-button', 'aria-expanded': 'false' }, `Show ${extra} more`);
      more.addEventListener('click', () => {
        const open = more.getAttribute('aria-expanded') !== 'true';
        list.querySelectorAll('.is-extra').forEach((li) => { li.hidden = !open; });
        more.setAttribute('aria-expanded', String(open));
        more.textContent = open ? 'Show fewer' : `Show ${extra} more`;
      });
      group.append(more);
    }
    aside.append(group);
  }
  return aside;
}

/** Result count, export links, the hits and the pager. */
function results(state, response, nav, home) {
  const hits = response.hits || [];
  const total = response.total || 0;
  const page = response.page || 1;
  const size = response.size || hits.length || 10;
  const section = el('section', { class: 'results', 'aria-labelledby': 'results-title' });
  const params = searchParams(state);
  const first = (page - 1) * size + 1;
  section.append(el('div', { class: 'results-bar' },
    el('h2', { id: 'results-title', class: 'results-count' }, home
      ? 'Latest quotations'
      : total ? `${response.totalExact === false ? 'about ' : ''}${plural(total, 'quotation')}${hits.length && total > hits.length ? ` · ${first}–${first + hits.length - 1} shown` : ''}` : 'No quotations found'),
    total ? el('div', { class: 'export' },
      el('span', { class: 'export-label' }, 'Export'),
      el('a', { href: api.exportUrl(params, 'csv'), download: 'whosaid.csv', class: 'export-link', 'aria-label': 'Export all results as CSV' }, 'CSV'),
      el('a', { href: api.exportUrl(params, 'json'), download: 'whosaid.json', class: 'export-link', 'aria-label': 'Export all results as JSON' }, 'JSON'))
      : null));

  if (!hits.length && total) {
    section.append(el('div', { class: 'empty' },
      el('p', {}, `This page lies past the last result: there are ${plural(total, 'quotation')} in ${plural(Math.ceil(total / size), 'page')}.`),
      el('p', {}, el('a', { href: urlOf(withChanges(state, { page: null })), 'data-nav': '', class: 'button secondary' }, 'Go to the first page'))));
    return section;
  }
  if (!hits.length) {
    section.append(emptyResults(state, nav));
    return section;
  }
  section.append(el('ol', { class: 'hit-list', start: first }, hits.map((hit) => el('li', {}, hitCard(hit)))));
  const pages = Math.ceil(total / size);
  if (pages > 1) {
    section.append(el('nav', { class: 'pager', 'aria-label': 'Result pages' },
      page > 1 ? el('a', { href: urlOf(withChanges(state, { page: String(page - 1) })), 'data-nav': '', rel: 'prev', class: 'pager-link' }, '← Previous') : el('span'),
      el('span', { class: 'pager-status' }, `Page ${page} of ${pages}`),
      page < pages ? el('a', { href: urlOf(withChanges(state, { page: String(page + 1) })), 'data-nav': '', rel: 'next', class: 'pager-link' }, 'Next →') : el('span')));
  }
  return section;
}

function emptyResults(state, nav) {
  const filtered = (state.speaker || []).length || state.role || state.source || state.year || state.kind || state.from || state.to;
  return el('div', { class: 'empty' },
    el('p', {}, filtered
      ? 'Nothing matches all of these filters together. Remove a filter, widen the dates, or ask in other words.'
      : 'No attributed statement matches these words. Try fewer or different words, a speaker’s surname, or one of these:'),
    filtered ? el('p', {}, el('a', {
      href: urlOf({ view: 'search', q: state.q }), 'data-nav': '', class: 'button secondary',
    }, 'Search again without filters')) : null,
    examples(nav, 'Examples'));
}

/** A sentence for the live region after a search. */
export function resultAnnouncement(state, response) {
  const total = response.total || 0;
  if (isHome(state)) return `Showing the latest quotations.`;
  const what = state.q ? ` for ${state.q}` : '';
  return total ? `${response.totalExact === false ? 'About ' : ''}${plural(total, 'quotation')} found${what}.` : `No quotations found${what}.`;
}

