import { isDashCode } from '../text/characters.js';
import { normalizeText } from '../text/normalize-text.js';

/**
 * @internal A cell's text as read: {@link normalizeText} (NFC, every space and line break of
 * a wrapped cell as " ", zero-width characters gone), every dash as "-", runs of spaces as
 * one, trimmed.
 */
export function cleanCell(text: string): string {
  const normal = normalizeText(text);
  let out = '';
  for (let i = 0; i < normal.length; i++) {
    out += isDashCode(normal.charCodeAt(i)) ? '-' : normal[i];
  }
  return out.replace(/ {2,}/gu, ' ').trim();
}

/** @internal A cell's text folded for matching words: {@link cleanCell}, lower case (vi). */
export function foldCell(text: string): string {
  return cleanCell(text).toLocaleLowerCase('vi');
}

/** @internal Does `text` (folded) contain `word` as whole words (not inside a longer word)? */
export function hasWords(text: string, word: string): boolean {
  let at = text.indexOf(word);
  while (at !== -1) {
    const before = at === 0 ? '' : (text[at - 1] as string);
    const after = text[at + word.length] ?? '';
    if (!isLetter(before) && !isLetter(after)) return true;
    at = text.indexOf(word, at + 1);
  }
  return false;
}

function isLetter(c: string): boolean {
  return c !== '' && /[\p{L}\p{N}]/u.test(c);
}

/**
 * @internal Cells (already {@link cleanCell}ed) that say "nothing here": empty, dashes, "x",
 * "…", "-/-", "n/a" (tables mark cells with no figure this way).
 */
export function isBlankCell(text: string): boolean {
  return /^(?:|[-_.…x×/]+|n\/a|k\/c|kxđ)$/iu.test(text);
}

/** @internal The text shortened for a message: at most 80 characters. */
export function shortText(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
