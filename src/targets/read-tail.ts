import type { Figures } from './read-figures.js';
import { isPerYearSlash, nounPhraseEnd } from './read-unit.js';
import { unreadable } from './target-errors.js';
import { durationWords, perYearAt, phraseText, wordsAt } from './target-phrases.js';
import { spanText, trimClause } from './target-text.js';
import type { TargetToken } from './tokenize-target.js';

/**
 * What follows the figures and their unit.
 *
 * @internal
 */
export interface Tail {
  /** "trở lên" (up) or "trở xuống" (down) after the unit or the counted noun. */
  readonly modifier: 'up' | 'down' | null;
  /** The noun phrase after a percentage ("số xã đạt chuẩn"): tokens [from, to). */
  readonly ofPercent: { readonly from: number; readonly to: number };
  /** "so với …" was written. */
  readonly compared: boolean;
  readonly comparedTo: string | null;
  readonly rest: string | null;
  readonly perYear: boolean;
}

/** Verbs that end the counted nouns after a percentage ("95% thôn, tổ dân phố đạt …"). */
const VERBS: ReadonlySet<string> = /* @__PURE__ */ new Set(['đạt', 'có', 'được', 'hoàn', 'là']);

/**
 * "95% thôn, tổ dân phố trở lên": after the first counted noun, a "," and more nouns, then
 * "trở lên". Where that "trở lên" stands, or -1.
 */
function listedModifier(tokens: readonly TargetToken[], p: number): number {
  if (tokens[p]?.text !== ',') return -1;
  for (let k = p + 1; k < tokens.length && k <= p + 6; k++) {
    const token = tokens[k] as TargetToken;
    if (modifierAt(tokens, k) !== null) return k;
    if (token.kind !== 'word' || VERBS.has(token.text)) return -1;
  }
  return -1;
}

function modifierAt(tokens: readonly TargetToken[], p: number): 'up' | 'down' | null {
  if (wordsAt(tokens, p, ['trở', 'lên'])) return 'up';
  if (wordsAt(tokens, p, ['trở', 'xuống'])) return 'down';
  return null;
}

/** The index after the ")" that closes the "(" at `p`, or -1 ("(3.500 USD)"). */
function closingParenthesis(tokens: readonly TargetToken[], p: number): number {
  if (tokens[p]?.text !== '(') return -1;
  for (let k = p + 1; k < tokens.length && k < p + 12; k++) {
    if (tokens[k]?.text === ')') return k + 1;
    if (tokens[k]?.text === '(') return -1;
  }
  return -1;
}

/**
 * "so với năm 2020", "so năm 2015", "so cùng kỳ" (and after "lần", a bare "năm 2025": "gấp 4
 * lần năm 2025"): where the base starts, or -1.
 */
function comparedAt(tokens: readonly TargetToken[], p: number, times: boolean): number {
  if (wordsAt(tokens, p, ['so', 'với'])) return p + 2;
  if (times && phraseText(tokens[p]) === 'năm' && tokens[p + 1]?.kind === 'number') return p;
  const next = tokens[p + 1];
  if (phraseText(tokens[p]) !== 'so' || next === undefined) return -1;
  return next.kind === 'number' || next.text === 'năm' || next.text === 'cùng' ? p + 1 : -1;
}

/**
 * Is the number at `i` context, not a second figure: a year, a duration ("5 năm"), a figure
 * in parentheses ("(8 xã)"), or "1" in "trên 1 ha" / "mỗi 1 ha" (per)?
 */
function isContext(
  tokens: readonly TargetToken[],
  years: readonly boolean[],
  i: number,
  depth: number,
): boolean {
  if (years[i] === true || depth > 0) return true;
  const after = tokens[i + 1];
  if (after?.kind === 'word' && durationWords.has(after.text)) return true;
  if (tokens[i - 1]?.kind === 'slash') return true; // "9 bác sĩ/10.000 dân"
  const before = phraseText(tokens[i - 1]);
  if (
    before === 'trên' &&
    after?.kind === 'word' &&
    (after.text === 'vạn' || after.text === 'dân')
  ) {
    return true; // "… giường trên 10.000 dân"
  }
  return (tokens[i] as TargetToken).text === '1' && (before === 'trên' || before === 'mỗi');
}

/**
 * Read the rest of the phrase, after the figures: one pass.
 *
 * @internal
 */
export function readTail(
  source: string,
  tokens: readonly TargetToken[],
  years: readonly boolean[],
  figures: Figures,
): Tail {
  const n = tokens.length;
  let p = figures.next;
  let perYear = false;
  // Per-year words and a restatement in parentheses may stand before "trở lên": "10%/năm
  // trở lên", "10% một năm trở lên", "90 triệu đồng (3.500 USD) trở lên".
  for (;;) {
    const length = perYearAt(tokens, p);
    const closing = closingParenthesis(tokens, p);
    if (figures.unit.percent && isPerYearSlash(tokens, p)) {
      perYear = true;
      p += 2;
    } else if (length > 0) {
      perYear = true;
      p += length;
    } else if (closing !== -1 && modifierAt(tokens, closing) !== null) {
      p = closing;
    } else {
      break;
    }
  }
  let modifier = modifierAt(tokens, p);
  if (modifier !== null) p += 2;

  let ofPercent = { from: p, to: p };
  if (figures.unit.percent && modifier === null) {
    const end = nounPhraseEnd(tokens, p, true);
    ofPercent = { from: p, to: end };
    p = end;
    const listed = listedModifier(tokens, p);
    ofPercent = { from: ofPercent.from, to: listed === -1 ? end : listed };
    p = listed === -1 ? end : listed;
    modifier = modifierAt(tokens, p); // "90% gia đình trở lên", "95% thôn, tổ dân phố trở lên"
    if (modifier !== null) p += 2;
  }

  let compared = false;
  let comparedTo: string | null = null;
  const times = figures.unit.text?.toLowerCase() === 'lần';
  while (p < n) {
    const perYearLength = perYearAt(tokens, p);
    const base = compared ? -1 : comparedAt(tokens, p, times);
    if (perYearLength > 0 || isPerYearSlash(tokens, p)) {
      perYear = true;
      p += perYearLength > 0 ? perYearLength : 2;
    } else if (base !== -1) {
      compared = true;
      let end = base;
      while (
        end < n &&
        (tokens[end] as TargetToken).kind !== 'stop' &&
        perYearAt(tokens, end) === 0
      ) {
        end++;
      }
      comparedTo = trimClause(spanText(source, tokens, base, end));
      p = end;
    } else {
      break;
    }
  }

  // The rest is context, not a second target: no figures in it but years, durations and
  // figures in parentheses.
  let depth = 0;
  for (let i = p; i < n; i++) {
    const token = tokens[i] as TargetToken;
    if (perYearAt(tokens, i) > 0) perYear = true;
    if (token.text === '(') depth++;
    else if (token.text === ')') depth = Math.max(0, depth - 1);
    if (token.kind !== 'number' || isContext(tokens, years, i, depth)) continue;
    throw unreadable(source, 'one figure per phrase (split a list of targets first)');
  }
  const rest = p < n ? trimClause(source.slice((tokens[p] as TargetToken).start)) : null;
  return { modifier, ofPercent, compared, comparedTo, rest, perYear };
}
