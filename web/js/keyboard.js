// Keyboard use: "/" focuses the search box, ArrowDown/ArrowUp move through the results (the focused card
// is outlined), Enter on a card opens its quotation page, Space toggles a focused filter.

const TYPING = 'input, textarea, select, [contenteditable="true"]';

export function installKeyboard({ input, view, open }) {
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target instanceof Element ? event.target : null;
    const typing = target && target.closest(TYPING);
    if (event.key === '/' && !typing) {
      event.preventDefault();
      input.focus();
      input.select();
      return;
    }
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && (!typing || target === input && event.key === 'ArrowDown')) {
      const cards = [...view.querySelectorAll('.hit')];
      if (!cards.length) return;
      const current = target ? target.closest('.hit') : null;
      const index = cards.indexOf(current);
      const next = event.key === 'ArrowDown'
        ? cards[index < 0 ? 0 : Math.min(cards.length - 1, index + 1)]
        : index <= 0 ? (index === 0 ? input : cards[0]) : cards[index - 1];
      event.preventDefault();
      next.focus();
      if (next !== input) next.scrollIntoView({ block: 'nearest' });
      return;
    }
    // Filter links act as toggle buttons (role="button", aria-pressed), so Space works on them as on a button.
    if (event.key === ' ' && target && target.matches('a[role="button"]')) {
      event.preventDefault();
      target.click();
      return;
    }
    if (event.key === 'Enter' && target && target.classList.contains('hit') && target.dataset.href) {
      event.preventDefault();
      open(target.dataset.href);
    }
  });
}
