import { isDashCode, isSpaceCode, isZeroWidthCode } from '../text/characters.js';

/** @internal Space or zero-width: what separates tokens (src/text's notion of space). */
export function isGapCode(c: number): boolean {
  return isSpaceCode(c) || isZeroWidthCode(c);
}

/** @internal Is the mark a dash ("-", "–", "—", "−")? */
export function isDashMark(mark: string): boolean {
  return mark.length === 1 && isDashCode(mark.charCodeAt(0));
}

const LETTER = /^[\p{L}\p{M}]$/u;

/** @internal Is the code point at `i` a letter or a combining mark? */
export function isLetterAt(text: string, i: number): boolean {
  const cp = text.codePointAt(i);
  if (cp === undefined) return false;
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  if (cp >= 0xc0 && cp <= 0x24f) return cp !== 0xd7 && cp !== 0xf7; // Latin-1, Extended-A/B
  if ((cp >= 0x1e00 && cp <= 0x1eff) || (cp >= 0x300 && cp <= 0x36f)) return true; // Vietnamese, marks
  if (cp >= 0xd800 && cp <= 0xdfff) return false; // a lone surrogate
  return LETTER.test(String.fromCodePoint(cp));
}
