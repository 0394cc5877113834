/** @internal A white-space code unit (a line break included). */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff ||
    c === 0x200b
  );
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
