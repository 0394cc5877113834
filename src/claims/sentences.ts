import type { Token } from './tokens.js';

/** Abbreviations that end in "." without ending a sentence ("TT. Hương Khê", "TP. Huế"). */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'tt',
  'tp',
  'tx',
  'ths',
  'ts',
  'pgs',
  'gs',
  'bs',
  'ks',
  'th',
  'q',
  'p',
  'h',
  'x',
  'st',
  'ng',
  'v',
  'đ',
]);

/** @internal A sentence: tokens [from, to). */
export interface Sentence {
  readonly from: number;
  readonly to: number;
}

function startsLower(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word') return false;
  return token.text !== '' && token.text[0] !== token.text[0]?.toUpperCase();
}

/** Does a "." at token i end the sentence? */
function fullStopEnds(tokens: readonly Token[], i: number, original: string): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (next === undefined || next.newlineBefore) return true;
  if (next.kind === 'mark' && next.text === '.') return false; // "..." ends at its last dot
  if (
    prev?.kind === 'word' &&
    prev.end === tokens[i]?.start &&
    prev.end - prev.start <= 3 &&
    ABBREVIATIONS.has(prev.text)
  ) {
    return false;
  }
  // Lower case after the stop: not a new sentence ("v.v. và", "… và").
  const firstOfNext = original.slice(next.start, next.start + 1);
  if (next.kind === 'word' && startsLower(next) && firstOfNext === firstOfNext.toLowerCase())
    return false;
  return true;
}

/**
 * @internal Split tokens into sentences at ".", "!", "?" and line breaks. Numbers are single
 * tokens, so "1.351" never splits; "TT." and other short abbreviations do not end a
 * sentence, nor does a stop followed by a lower-case word. One linear pass.
 */
export function splitSentences(tokens: readonly Token[], original: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.newlineBefore && i > from) {
      out.push({ from, to: i });
      from = i;
    }
    if (t.kind !== 'mark') continue;
    const ends =
      t.text === '!' || t.text === '?' || (t.text === '.' && fullStopEnds(tokens, i, original));
    if (ends) {
      out.push({ from, to: i + 1 });
      from = i + 1;
    }
  }
  if (from < tokens.length) out.push({ from, to: tokens.length });
  return out;
}
