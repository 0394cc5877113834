/**
 * The one notion of text every reader of the library shares: which characters are space,
 * which are dashes, which are invisible. Targets, change phrases, numbers, period labels,
 * reports and tables all ask these functions, so a phrase reads the same whichever reader
 * meets it.
 *
 * @module
 */

/**
 * Is this UTF-16 code unit white space? Every Unicode space separator and the line and
 * paragraph breaks: U+0009–U+000D (tab, newlines), U+0020, U+0085, U+00A0, U+1680,
 * U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000.
 *
 * @internal
 */
export function isSpaceCode(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0x85) return false;
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/**
 * Is this UTF-16 code unit invisible and meaningless between letters? U+200B–U+200D (zero
 * width space, non-joiner, joiner), U+2060 (word joiner), U+FEFF (byte-order mark, zero
 * width no-break space) and U+00AD (soft hyphen). Readers remove them.
 *
 * @internal
 */
export function isZeroWidthCode(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad;
}

/**
 * Is this UTF-16 code unit a dash? "-" (U+002D), the hyphens and dashes U+2010–U+2015
 * ("‐", "‑", "‒", "–", "—", "―") and the minus sign "−" (U+2212). Between figures each one
 * makes a range ("12–13%"); before a figure "-" and "−" may be its sign.
 *
 * @internal
 */
export function isDashCode(c: number): boolean {
  return c === 45 || (c >= 0x2010 && c <= 0x2015) || c === 0x2212;
}
