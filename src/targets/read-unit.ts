import { perYearAt, timePrepositions, timeWords } from './target-phrases.js';
import { collapseSpace } from './target-text.js';
import type { TargetToken } from './tokenize-target.js';

/**
 * The last words of a rating ("hoàn thành tốt nhiệm vụ", "loại khá", "3 sao", "vững mạnh",
 * "xuất sắc"): a "trở lên" after them belongs to the rating ("… hoàn thành tốt nhiệm vụ trở
 * lên": good or better), not to the percentage before.
 */
const RATING_ENDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'vụ',
  'tốt',
  'khá',
  'sao',
  'sắc',
  'mạnh',
]);

/** Is the word before `q` (quotation marks skipped) the end of a rating? */
function endsRating(tokens: readonly TargetToken[], q: number): boolean {
  let k = q - 1;
  while (tokens[k]?.kind === 'quote') k--;
  const word = tokens[k];
  return word?.kind === 'word' && RATING_ENDS.has(word.text);
}

/**
 * Does a noun phrase end at word `q`? It ends before "trở lên"/"trở xuống" (unless, after a
 * percentage (`ofPercent`), they follow a rating: in "80% tổ chức … “Hoàn thành tốt nhiệm
 * vụ” trở lên" they belong to the rating, in "90% gia đình trở lên" to the 90%), "so với", a
 * per-year phrase, and a time phrase ("năm 2022", "trong năm", "đến năm 2025", "giai đoạn",
 * "nhiệm kỳ", "sau 5 năm"). "năm" after "/" belongs to the unit ("triệu đồng/người/năm").
 */
function endsNounPhrase(tokens: readonly TargetToken[], q: number, ofPercent: boolean): boolean {
  const token = tokens[q] as TargetToken;
  const next = tokens[q + 1];
  switch (token.text) {
    case 'năm':
      return tokens[q - 1]?.kind !== 'slash';
    case 'trở':
      return (
        (next?.text === 'lên' || next?.text === 'xuống') && !(ofPercent && endsRating(tokens, q))
      );
    case 'và':
      return true;
    case 'trên':
    case 'mỗi':
      return (next?.kind === 'number' && next.text === '1') || perYearAt(tokens, q) > 0;
    case 'so':
      return (
        next?.text === 'với' ||
        next?.text === 'năm' ||
        next?.text === 'cùng' ||
        next?.kind === 'number'
      );
    case 'giai':
      return next?.text === 'đoạn';
    case 'nhiệm':
      return next?.text === 'kỳ';
    default:
      if (timePrepositions.has(token.text)) {
        return next?.kind === 'number' || (next?.kind === 'word' && timeWords.has(next.text));
      }
      return perYearAt(tokens, q) > 0;
  }
}

/**
 * Where the noun phrase starting at token `from` ends (exclusive): the unit after a figure
 * ("%" allowed inside it after a word: "điểm %"), or, with `ofPercent`, the phrase after a
 * percentage ("80% số xã"). Words, "/" and quotation marks take part.
 *
 * @internal
 */
export function nounPhraseEnd(
  tokens: readonly TargetToken[],
  from: number,
  ofPercent: boolean,
): number {
  let q = from;
  while (q < tokens.length) {
    const token = tokens[q] as TargetToken;
    if (token.kind === 'word') {
      if (endsNounPhrase(tokens, q, ofPercent)) break;
    } else if (
      token.kind !== 'slash' &&
      token.kind !== 'quote' &&
      !(!ofPercent && token.kind === 'percent' && q > from)
    ) {
      break;
    }
    q++;
  }
  return q;
}

/**
 * The unit written after a figure: "%" (`percent`), a noun phrase ("đảng viên", "triệu
 * đồng/người/năm", "xã đạt chuẩn NTM"), or none.
 *
 * @internal
 */
export interface FigureUnit {
  /** "%" is written after the figure. */
  readonly percent: boolean;
  /** The unit as written (white space collapsed), or null. */
  readonly text: string | null;
}

const NO_UNIT: FigureUnit = { percent: false, text: null };
const PERCENT: FigureUnit = { percent: true, text: '%' };

/**
 * Read the unit after a figure, starting at token `p`; returns it and the token after it.
 *
 * @internal
 */
export function readUnit(
  source: string,
  tokens: readonly TargetToken[],
  p: number,
): { readonly unit: FigureUnit; readonly next: number } {
  const token = tokens[p];
  if (token === undefined) return { unit: NO_UNIT, next: p };
  if (token.kind === 'percent') return { unit: PERCENT, next: p + 1 };
  const end = nounPhraseEnd(tokens, p, false);
  if (end === p) return { unit: NO_UNIT, next: p };
  const last = tokens[end - 1] as TargetToken;
  return {
    unit: { percent: false, text: collapseSpace(source.slice(token.start, last.end)) },
    next: end,
  };
}

/**
 * "/năm" at token `p` ("tăng 10%/năm"): per year.
 *
 * @internal
 */
export function isPerYearSlash(tokens: readonly TargetToken[], p: number): boolean {
  const next = tokens[p + 1];
  return tokens[p]?.kind === 'slash' && next?.kind === 'word' && next.text === 'năm';
}
