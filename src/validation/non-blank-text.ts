import { isSpaceCode, isZeroWidthCode } from '../text/characters.js';

/** @internal What a non-blank text is, in words, for every error that refuses one. */
export const NON_BLANK_TEXT = 'a text that is not blank (something besides spaces)';

/**
 * @internal The one definition of a text chitieu accepts as a name, label, title or phrase:
 * a string with at least one character that is neither a space (any Unicode space,
 * {@link isSpaceCode}) nor zero-width. "" and "   " are blank.
 */
export function isNonBlankText(x: unknown): x is string {
  if (typeof x !== 'string') return false;
  for (let i = 0; i < x.length; i++) {
    const c = x.charCodeAt(i);
    if (!isSpaceCode(c) && !isZeroWidthCode(c)) return true;
  }
  return false;
}
