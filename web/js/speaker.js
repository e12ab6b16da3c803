// The speaker page (?view=speaker&name=…): their quotations over time as a chart, their roles, the topics
// they speak on most, and every quotation, newest first.
import { el, plural } from './dom.js';
import { hitCard } from './hit.js';
import { timelineChart } from './chart.js';
import { urlOf } from './state.js';
import { backLink } from './quote.js';

const KINDS = { person: 'Person', organisation: 'Organisation', organization: 'Organisation', anonymous: 'Anonymous source' };

export function renderSpeaker(view, data, nav) {
  const roles = data.roles || [];
  const topics = data.topics || [];
  const quotes = data.quotes || [];
  view.replaceChildren(el('div', { class: 'speaker-view' },
    backLink(nav),
    el('header', { class: 'speaker-header' },
      el('h1', {}, data.name),
      el('p', { class: 'speaker-summary' },
        el('span', { class: 'badge' }, KINDS[String(data.kind).toLowerCase()] || data.kind || 'Speaker'),
        ` ${plural(data.count || quotes.length, 'quotation')} in the corpus`),
      el('p', {}, el('a', { class: 'button secondary', href: urlOf({ view: 'search', speaker: [data.name], sort: 'date' }), 'data-nav': '' },
        'Search within their quotations'))),
    el('div', { class: 'speaker-grid' },
      el('section', { class: 'panel chart-panel', 'aria-labelledby': 'timeline-heading' },
        el('h2', { id: 'timeline-heading' }, 'Quotations over time'),
        timelineChart(data.name, data.timeline || [])),
      el('section', { class: 'panel', 'aria-labelledby': 'roles-heading' },
        el('h2', { id: 'roles-heading' }, 'Roles'),
        roles.length
          ? el('ul', { class: 'count-list' }, roles.map((r) => el('li', {}, el('span', {}, r.value), el('span', { class: 'facet-count' }, String(r.count)))))
          : el('p', { class: 'muted' }, 'No role given in the articles.')),
      el('section', { class: 'panel', 'aria-labelledby': 'topics-heading' },
        el('h2', { id: 'topics-heading' }, 'Speaks most about'),
        topics.length
          ? el('ul', { class: 'topic-list' }, topics.map((t) => el('li', {}, el('a', {
            class: 'topic', href: urlOf({ view: 'search', q: t.value, speaker: [data.name] }), 'data-nav': '',
          }, t.value, el('span', { class: 'facet-count' }, String(t.count))))))
          : el('p', { class: 'muted' }, 'Not enough quotations to tell.'))),
    el('section', { class: 'related', 'aria-labelledby': 'quotes-heading' },
      el('h2', { id: 'quotes-heading' }, quotes.length < (data.count || 0) ? `Latest ${quotes.length} quotations` : 'All quotations'),
      el('ol', { class: 'hit-list' }, quotes.map((hit) => el('li', {}, hitCard(hit)))))));
  return `${data.name}: ${plural(data.count || quotes.length, 'quotation')}.`;
}
