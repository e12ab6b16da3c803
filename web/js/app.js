// WhoSaid's page: reads the state from the URL, asks the API, renders one of three views (search,
// quotation, speaker), and keeps the URL in step (pushState + popstate) so every view is a link.
import { el } from './dom.js';
import { api, ApiError } from './api.js';
import { readState, searchParams, urlOf, withChanges, isHome } from './state.js';
import { examples, renderSearch, resultAnnouncement } from './results.js';
import { renderQuote } from './quote.js';
import { renderSpeaker } from './speaker.js';
import { announce } from './hit.js';
import { installKeyboard } from './keyboard.js';
import { installSuggestions } from './suggest.js';

const view = document.getElementById('view');
const form = document.getElementById('search-form');
const input = document.getElementById('q');
let inFlight = null;
let renders = 0; // finished renders, exposed as body[data-rendered] so tests can wait for one
let depth = 0; // how many of our own pages lie behind this one in the history

const nav = {
  /** Shows a state, adding it to the history. */
  go(state) {
    const url = urlOf(state);
    if (url !== `${location.pathname}${location.search}`) {
      depth += 1;
      history.pushState({ depth }, '', url);
    }
    render(state, { moveFocus: true });
  },
  canGoBack: () => depth > 0,
};

async function render(state, { moveFocus = false } = {}) {
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;
  input.value = state.view === 'search' ? state.q || '' : input.value;
  view.setAttribute('aria-busy', 'true');
  document.body.dataset.view = state.view;
  try {
    let message;
    if (state.view === 'quote') {
      const data = await api.quote(state.id, controller.signal);
      if (controller.signal.aborted) return;
      message = renderQuote(view, data, nav);
      document.title = `${data.quote.speaker || 'Quotation'}: “${truncate(data.quote.text || '', 60)}” — WhoSaid`;
    } else if (state.view === 'speaker') {
      const data = await api.speaker(state.name, controller.signal);
      if (controller.signal.aborted) return;
      message = renderSpeaker(view, data, nav);
      document.title = `${data.name} — WhoSaid`;
    } else {
      const params = searchParams(isHome(state) ? withChanges(state, { sort: state.sort || 'date' }) : state);
      const data = await api.search(params, controller.signal);
      if (controller.signal.aborted) return;
      renderSearch(view, state, data, nav);
      message = resultAnnouncement(state, data);
      document.title = state.q ? `${state.q} — WhoSaid` : 'WhoSaid — who said what, when and where';
    }
    announce(message);
    // A new quotation or speaker page takes the focus to its start, as a page load would; the search view
    // leaves it where the reader is (the search box, a filter).
    if (moveFocus && state.view !== 'search' && !view.contains(document.activeElement)) {
      document.getElementById('main').focus({ preventScroll: true });
    }
  } catch (error) {
    if (error && error.name === 'AbortError') return;
    showError(state, error);
  } finally {
    if (inFlight === controller) {
      view.removeAttribute('aria-busy');
      renders += 1;
      document.body.dataset.rendered = String(renders);
    }
  }
}

function showError(state, error) {
  const known = error instanceof ApiError;
  const title = !known ? 'Something went wrong on this page'
    : error.status === 404 ? (state.view === 'speaker' ? 'No such speaker' : state.view === 'quote' ? 'No such quotation' : 'Not found')
      : error.status === 400 ? 'That search could not be run'
        : error.status === 0 ? 'Server unreachable' : 'The server could not answer';
  const detail = known ? error.message : String(error && error.message ? error.message : error);
  view.replaceChildren(el('div', { class: 'error-box', role: 'alert' },
    el('h1', {}, title),
    el('p', { class: 'error-message' }, detail),
    el('p', {}, 'Change the search above, or start again from ', el('a', { href: '/', 'data-nav': '' }, 'the latest quotations'), '.'),
    examples(nav)));
  document.title = `${title} — WhoSaid`;
  announce(`${title}. ${detail}`);
}

function truncate(text, length) {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

// A new question starts a fresh search: filters picked for the previous one are dropped.
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const q = input.value.trim();
  nav.go(q ? { view: 'search', q } : { view: 'search' });
});

// Our own links change the URL without reloading; modified clicks (new tab) behave as usual.
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-nav]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const url = new URL(link.href, location.href);
  nav.go(readState(url.search));
  window.scrollTo(0, 0);
});

document.getElementById('brand').setAttribute('data-nav', '');

window.addEventListener('popstate', (event) => {
  depth = event.state && Number.isInteger(event.state.depth) ? event.state.depth : 0;
  render(readState());
});

installSuggestions(input, form);
installKeyboard({ input, view, open: (href) => nav.go(readState(new URL(href, location.href).search)) });
history.replaceState({ depth }, '', location.href);
render(readState());
