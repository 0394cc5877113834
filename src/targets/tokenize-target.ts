/**
 * The scanner behind {@link parseTarget}: one pass over the text, no regular expressions,
 * so reading a phrase is linear in its length whatever it contains.
 *
 * @module
 */
import { isDashCode, isSpaceCode, isZeroWidthCode } from '../text/characters.js';

/**
 * The kinds of token a target phrase is cut into:
 *
 * - `word`: a run of letters (Vietnamese letters, combining marks); `text` is lower-cased
 * - `number`: digits with "." and "," between digits ("3.200", "51,5", "1,2,3"), with a
 *   sign when "-", "−" or "+" is written against the digits and does not follow a figure
 * - `percent`: "%"
 * - `dash`: "-", "–", "—", "−" and the other hyphens between figures ("12–13%")
 * - `compare`: "≥", ">=", "⩾", ">", "≤", "<=", "⩽", "<", "=", "≈", "~"; `text` is one of
 *   "≥", ">", "≤", "<", "=", "≈"
 * - `slash`: "/" ("triệu đồng/người/năm")
 * - `quote`: quotation marks, kept inside subjects and units
 * - `stop`: every other mark (",", ";", ".", ":", "(", …): ends a clause
 *
 * @internal
 */
export type TargetTokenKind =
  | 'word'
  | 'number'
  | 'percent'
  | 'dash'
  | 'compare'
  | 'slash'
  | 'quote'
  | 'stop';

/**
 * One token: its kind, its normalised text, and where it sits in the scanned string
 * (`start` inclusive, `end` exclusive), so subjects and units can be cut from the original.
 *
 * @internal
 */
export interface TargetToken {
  readonly kind: TargetTokenKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Letters: ASCII letters and everything from U+00C0 up that is not a symbol, punctuation or
 * surrogate block. Vietnamese letters live in Latin-1, Latin Extended-A/B and Latin Extended
 * Additional; combining marks (U+0300–U+036F) count as letters so decomposed text that NFC
 * could not compose still reads as one word.
 */
function isLetter(c: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 0xc0) return false;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x2e00 && c <= 0x2e7f) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (c >= 0xfe00 && c <= 0xfe6f) return false;
  if (c === 0xfeff) return false;
  return true;
}

function isSign(c: number): boolean {
  return c === 45 || c === 43 || c === 0x2212;
}

function isQuote(c: number): boolean {
  // " ' « » ‘ ’ ‚ ‛ “ ” „ ‟
  return c === 34 || c === 39 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201f);
}

/** End of the number starting at `from` (a digit): digits, with "." or "," between digits. */
function numberEnd(text: string, from: number): number {
  const n = text.length;
  let j = from;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (isDigit(c)) {
      j++;
    } else if ((c === 46 || c === 44) && j + 1 < n && isDigit(text.charCodeAt(j + 1))) {
      j += 2;
    } else {
      break;
    }
  }
  return j;
}

/**
 * Cut a target phrase into tokens, skipping white space. Linear in the length of `text`.
 *
 * @internal
 */
export function tokenizeTarget(text: string): TargetToken[] {
  const tokens: TargetToken[] = [];
  const n = text.length;
  // Lower-case once; per word only where lower-casing changes lengths ("İ").
  const whole = text.toLowerCase();
  const lower = whole.length === n ? whole : null;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c) || isZeroWidthCode(c)) {
      i++;
      continue;
    }
    const glued = isDigit(c) || c === 45 ? gluedName(text, tokens, i) : -1;
    if (glued !== -1) {
      // "COVID-19", "CO2", "PM2,5": a name with digits, not a figure.
      const previous = tokens.pop() as TargetToken;
      const end = numberEnd(text, i + glued);
      tokens.push({
        kind: 'word',
        text: previous.text + text.slice(i, end).toLowerCase(),
        start: previous.start,
        end,
      });
      i = end;
      continue;
    }
    if (isDigit(c)) {
      const end = numberEnd(text, i);
      tokens.push({ kind: 'number', text: text.slice(i, end), start: i, end });
      i = end;
      continue;
    }
    if (isLetter(c)) {
      let end = i + 1;
      while (end < n && isLetter(text.charCodeAt(end))) end++;
      const word = lower === null ? text.slice(i, end).toLowerCase() : lower.slice(i, end);
      tokens.push({ kind: 'word', text: word, start: i, end });
      i = end;
      continue;
    }
    if (isSign(c) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) {
      // A sign only where a figure may start: not after a figure ("12-13" is a range) and
      // not inside a word ("COVID-19").
      const previous = tokens[tokens.length - 1];
      const before = i > 0 ? text.charCodeAt(i - 1) : 32;
      const afterFigure =
        previous !== undefined && (previous.kind === 'number' || previous.kind === 'percent');
      if (!afterFigure && !isLetter(before) && !isDigit(before)) {
        const end = numberEnd(text, i + 1);
        tokens.push({ kind: 'number', text: text.slice(i, end), start: i, end });
        i = end;
        continue;
      }
    }
    if (isDashCode(c)) {
      tokens.push({ kind: 'dash', text: '-', start: i, end: i + 1 });
      i++;
      continue;
    }
    if (c === 37) {
      tokens.push({ kind: 'percent', text: '%', start: i, end: i + 1 });
      i++;
      continue;
    }
    if (c === 47) {
      tokens.push({ kind: 'slash', text: '/', start: i, end: i + 1 });
      i++;
      continue;
    }
    if (isQuote(c)) {
      tokens.push({ kind: 'quote', text: text[i] as string, start: i, end: i + 1 });
      i++;
      continue;
    }
    const compare = compareAt(text, i);
    if (compare !== null) {
      tokens.push({ kind: 'compare', text: compare.text, start: i, end: i + compare.length });
      i += compare.length;
      continue;
    }
    tokens.push({ kind: 'stop', text: text[i] as string, start: i, end: i + 1 });
    i++;
  }
  return tokens;
}

function isAsciiWord(token: TargetToken | undefined, end: number): boolean {
  if (token === undefined || token.kind !== 'word' || token.end !== end) return false;
  for (let k = 0; k < token.text.length; k++) {
    if (token.text.charCodeAt(k) > 127) return false;
  }
  return true;
}

/**
 * Digits glued to a word of ASCII letters, directly or by one hyphen ("CO2", "COVID-19"),
 * continue that word. Returns how many characters come before the digits (0 or 1 for the
 * hyphen), or -1 when the text at `i` is not such a continuation.
 */
function gluedName(text: string, tokens: readonly TargetToken[], i: number): number {
  if (!isAsciiWord(tokens[tokens.length - 1], i)) return -1;
  const c = text.charCodeAt(i);
  if (isDigit(c)) return 0;
  return c === 45 && i + 1 < text.length && isDigit(text.charCodeAt(i + 1)) ? 1 : -1;
}

/** A comparison sign at `i`, normalised, and how many characters it takes. */
function compareAt(text: string, i: number): { text: string; length: number } | null {
  const c = text.charCodeAt(i);
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
  switch (c) {
    case 62: // >
      return next === 61 ? { text: '≥', length: 2 } : { text: '>', length: 1 };
    case 60: // <
      return next === 61 ? { text: '≤', length: 2 } : { text: '<', length: 1 };
    case 0x2265: // ≥
    case 0x2a7e: // ⩾
      return { text: '≥', length: 1 };
    case 0x2264: // ≤
    case 0x2a7d: // ⩽
      return { text: '≤', length: 1 };
    case 61: // =
      return { text: '=', length: 1 };
    case 0x2248: // ≈
    case 126: // ~
      return { text: '≈', length: 1 };
    default:
      return null;
  }
}
