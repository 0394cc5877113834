import { ChitieuError } from '../errors.js';
import { parseViNumber } from '../notation/parse-vi-number.js';
import type { Decimal } from '../numeric/decimal.js';
import { isGapCode, isLetterAt } from './chars.js';

/** @internal One token of a report: a word, a number (maybe with "%"), or one other mark. */
export interface Token {
  readonly kind: 'word' | 'number' | 'mark';
  /** UTF-16 offsets into the text as given. */
  readonly start: number;
  readonly end: number;
  /** The token as printed; for a word, lower-cased and NFC. */
  readonly text: string;
  /** For a number: its value (null when it is not Vietnamese notation, e.g. "1,2,3"). */
  readonly value: Decimal | null;
  /** For a number: the digits after the decimal comma as printed. */
  readonly decimals: number;
  /** For a number: whether "%" follows it. */
  readonly percent: boolean;
  /** For a number: the figure as printed, without "%" ("1.351", "20,14"). */
  readonly figure: string;
  /** A line break lies between this token and the one before. */
  readonly newlineBefore: boolean;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * A cheap look before parseViNumber, so that junk ("1.2.3,4,5") does not cost a thrown error:
 * at most one ",", and "." only between groups of three digits before it. parseViNumber
 * still reads (and has the last word on) every figure.
 */
function wellFormed(figure: string): boolean {
  const comma = figure.indexOf(',');
  if (comma !== -1 && figure.indexOf(',', comma + 1) !== -1) return false;
  const integer = comma === -1 ? figure : figure.slice(0, comma);
  let dot = integer.indexOf('.');
  if (dot === -1) return true;
  if (dot > 3) return false;
  while (dot !== -1) {
    const next = integer.indexOf('.', dot + 1);
    if ((next === -1 ? integer.length : next) - dot !== 4) return false;
    dot = next;
  }
  return true;
}

/** A word lower-cased, composed (NFC) only when it holds a combining mark. */
function wordText(word: string): string {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 0x300 && c <= 0x36f) return word.normalize('NFC').toLowerCase();
  }
  return word.toLowerCase();
}

const NO_NUMBER = { value: null, decimals: 0, percent: false, figure: '' } as const;

/**
 * @internal Cut a text into tokens in one left-to-right pass (linear time, no regular
 * expression over the whole text). Numbers are read with parseViNumber; a run of digits,
 * "." and "," that it rejects (or that is over 100 characters) has a null value.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let newline = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      newline = true;
      i++;
      continue;
    }
    if (isGapCode(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isDigitCode(c)) {
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isDigitCode(d) || ((d === 46 || d === 44) && isDigitCode(text.charCodeAt(i + 1)))) i++;
        else break;
      }
      const figure = text.slice(start, i);
      let value: Decimal | null = null;
      if (figure.length <= 60 && wellFormed(figure)) {
        try {
          value = parseViNumber(figure);
        } catch (error) {
          if (!(error instanceof ChitieuError)) throw error;
        }
      }
      let end = i;
      let j = i;
      if (j < n && text.charCodeAt(j) === 32) j++;
      const percent = j < n && text.charCodeAt(j) === 37;
      if (percent) end = j + 1;
      const comma = figure.indexOf(',');
      tokens.push({
        kind: 'number',
        start,
        end,
        text: text.slice(start, end),
        value,
        decimals: comma === -1 ? 0 : figure.length - comma - 1,
        percent,
        figure,
        newlineBefore: newline,
      });
      i = end;
    } else if (isLetterAt(text, i)) {
      while (i < n && isLetterAt(text, i)) i += text.codePointAt(i)! > 0xffff ? 2 : 1;
      tokens.push({
        kind: 'word',
        start,
        end: i,
        text: wordText(text.slice(start, i)),
        ...NO_NUMBER,
        newlineBefore: newline,
      });
    } else {
      i++;
      tokens.push({
        kind: 'mark',
        start,
        end: i,
        text: text.slice(start, i),
        ...NO_NUMBER,
        newlineBefore: newline,
      });
    }
    newline = false;
  }
  return tokens;
}
