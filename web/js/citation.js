// "Copy citation": one sentence a journalist can paste, in the house style
//   "He didn't leave anything behind other than a letter," State Department spokeswoman Heather Nauert said on July 7, 2018 (The Washington Post).
import { formatDate } from './dom.js';

/** The publisher without a section in parentheses: "The Washington Post (WorldViews)" → "The Washington Post". */
function publisherOf(source) {
  return (source || '').replace(/\s*\([^()]*\)\s*$/, '').trim();
}

/** Who said it, with the role in front: "State Department spokeswoman Heather Nauert". */
function attribution(hit) {
  const name = hit.speaker || 'an unidentified source';
  return hit.role ? `${hit.role} ${name}` : name;
}

/** The citation sentence for a hit. */
export function citationOf(hit) {
  const article = hit.article || {};
  const date = formatDate(hit.date || article.date);
  const when = date ? ` on ${date}` : '';
  const publisher = publisherOf(article.source) || article.title || '';
  const where = publisher ? ` (${publisher})` : '';
  const text = (hit.text || '').trim();
  if (hit.kind === 'direct') {
    // The quotation's own full stop becomes the comma before the attribution; ? and ! stay.
    const body = /[?!]$/.test(text) ? text : `${text.replace(/[.,;:]+$/, '')},`;
    return `"${body}" ${capitalised(attribution(hit))} said${when}${where}.`;
  }
  const reported = text.replace(/[.]+$/, '');
  return `${capitalised(attribution(hit))} said${when} that ${reported}${where}.`;
}

function capitalised(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Puts text on the clipboard: the async Clipboard API where the page may use it, else a hidden textarea and
 * execCommand('copy'). The textarea is left in the page (id "citation-fallback") until the next copy, so the
 * text is still there to select by hand if both ways are refused.
 */
export async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Permission refused or no user activation: fall through to the textarea.
    }
  }
  return copyWithTextarea(text);
}

function copyWithTextarea(text) {
  document.getElementById('citation-fallback')?.remove();
  const area = document.createElement('textarea');
  area.id = 'citation-fallback';
  area.className = 'offscreen';
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.setAttribute('tabindex', '-1');
  area.value = text;
  document.body.append(area);
  const focused = document.activeElement;
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  if (focused instanceof HTMLElement) focused.focus();
  return copied;
}
