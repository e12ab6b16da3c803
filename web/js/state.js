// Everything the page shows is described by the URL's query string, so any search, quotation or speaker
// is a link to share and back/forward simply re-render from the URL.

/** Search parameters the page keeps in the URL, in the order they are written. */
const SEARCH_KEYS = ['q', 'speaker', 'role', 'source', 'year', 'kind', 'from', 'to', 'sort', 'page'];

/** The page state read from a query string. */
export function readState(search = window.location.search) {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  if (view === 'quote' && params.get('id')) return { view: 'quote', id: params.get('id') };
  if (view === 'speaker' && params.get('name')) return { view: 'speaker', name: params.get('name') };
  const state = { view: 'search', speaker: params.getAll('speaker').filter(Boolean) };
  for (const key of SEARCH_KEYS) {
    if (key === 'speaker') continue;
    const value = params.get(key);
    if (value !== null && value !== '') state[key] = value;
  }
  return state;
}

/** The search parameters of a state, as sent to /api/search and /api/export (and kept in the URL). */
export function searchParams(state) {
  const params = new URLSearchParams();
  for (const key of SEARCH_KEYS) {
    if (key === 'speaker') (state.speaker || []).forEach((name) => params.append('speaker', name));
    else if (state[key] !== undefined && state[key] !== null && state[key] !== '') params.set(key, state[key]);
  }
  if (params.get('page') === '1') params.delete('page');
  if (params.get('sort') === 'relevance') params.delete('sort');
  return params;
}

/** The page URL (path and query) that shows a state. */
export function urlOf(state) {
  if (state.view === 'quote') return `/?${new URLSearchParams({ view: 'quote', id: state.id })}`;
  if (state.view === 'speaker') return `/?${new URLSearchParams({ view: 'speaker', name: state.name })}`;
  const query = searchParams(state).toString();
  return query ? `/?${query}` : '/';
}

/** True when a search state asks for nothing: the home page. */
export function isHome(state) {
  return state.view === 'search' && searchParams({ ...state, sort: undefined, page: undefined }).toString() === '';
}

/** A copy of a search state with some parameters changed; any change of filter goes back to page 1. */
export function withChanges(state, changes) {
  const next = { ...state, speaker: [...(state.speaker || [])], ...changes };
  if (!('page' in changes)) delete next.page;
  for (const [key, value] of Object.entries(next)) if (value === null || value === undefined || value === '') delete next[key];
  return next;
}
