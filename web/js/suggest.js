// Speaker names suggested while typing (GET /api/suggest): the word being typed is matched against the
// speakers' names, and picking one puts the full name in the question. An ARIA combobox: ArrowDown/ArrowUp
// move through the names, Enter picks, Escape closes; while it is closed the arrows belong to the results.
import { el } from './dom.js';
import { getJson } from './api.js';

const MIN_LETTERS = 3;
const MAX_SHOWN = 6;
const DELAY_MS = 120;
// Question words that are never the start of a name worth suggesting.
const QUESTION_WORDS = new Set(['what', 'did', 'does', 'say', 'said', 'says', 'about', 'who', 'the', 'when', 'where',
  'with', 'from', 'that', 'this', 'for', 'and', 'has', 'have', 'quotes', 'quote', 'tell', 'told', 'think']);

export function installSuggestions(input, form) {
  const list = el('ul', { id: 'suggestions', class: 'suggestions', role: 'listbox', 'aria-label': 'Speakers', hidden: true });
  form.append(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', 'suggestions');
  input.setAttribute('aria-expanded', 'false');
  let names = [];
  let active = -1;
  let timer = 0;
  let inFlight = null;

  const close = () => {
    window.clearTimeout(timer);
    inFlight?.abort();
    names = [];
    active = -1;
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const typedWord = () => (/(\S+)$/.exec(input.value) || ['', ''])[1];

  const show = (suggestions) => {
    names = suggestions.slice(0, MAX_SHOWN).map((s) => s.name);
    active = -1;
    list.replaceChildren(...suggestions.slice(0, MAX_SHOWN).map((s, i) => el('li', {
      id: `suggestion-${i}`, class: 'suggestion', role: 'option', 'aria-selected': 'false',
      // mousedown, not click: it comes before the input's blur would close the list.
      on: { mousedown: (event) => { event.preventDefault(); pick(i); } },
    }, el('span', { class: 'suggestion-name' }, s.name),
    el('span', { class: 'suggestion-count' }, `${s.count} ${s.count === 1 ? 'quotation' : 'quotations'}`))));
    list.hidden = names.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
  };

  const pick = (i) => {
    input.value = input.value.replace(/\S+$/, names[i]);
    close();
    input.focus();
  };

  const move = (delta) => {
    active = (active + delta + names.length) % names.length;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    input.setAttribute('aria-activedescendant', `suggestion-${active}`);
  };

  const lookUp = async () => {
    const word = typedWord();
    if (word.length < MIN_LETTERS || QUESTION_WORDS.has(word.toLowerCase())) {
      close();
      return;
    }
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    try {
      const data = await getJson('/api/suggest', new URLSearchParams({ prefix: word }), controller.signal);
      if (document.activeElement === input && typedWord() === word) show(data.suggestions || []);
    } catch (error) {
      // Suggestions are a convenience: a failed look-up just shows none (the search itself reports errors).
      if (error.name !== 'AbortError') close();
    }
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(lookUp, DELAY_MS);
  });
  input.addEventListener('blur', close);
  form.addEventListener('submit', close);
  input.addEventListener('keydown', (event) => {
    if (list.hidden) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      pick(active);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });
}
