import { chitieuError } from '../errors.js';
import { normalizeText } from '../text/normalize-text.js';
import { deadlineYear, markBareYears } from './deadline-year.js';
import { markYears } from './mark-years.js';
import { type ParseTargetOptions, parseTarget } from './parse-target.js';
import type { ParsedTarget } from './parsed-target-schema.js';
import { subjectMeasure } from './subject-words.js';
import {
  markers,
  perYearAt,
  phraseBefore,
  phraseText,
  qualifiers,
  wordsAt,
} from './target-phrases.js';
import { type TargetToken, tokenizeTarget } from './tokenize-target.js';

/** Longest clause read, in characters after normalisation. */
const MAX_CLAUSE_LENGTH = 2000;

/** A run of tokens [from, to) between separators, and whether it holds a figure. */
interface Piece {
  readonly from: number;
  readonly to: number;
  readonly figure: boolean;
  /** Context for the piece before it ("so với năm 2020", "(8 xã)"), not a subject. */
  readonly trailing: boolean;
}

/** Words that open a list of sub-targets: "(trong đó: …)", "(riêng …)". */
const LIST_OPENERS: readonly (readonly string[])[] = [
  ['trong', 'đó'],
  ['riêng'],
  ['bao', 'gồm'],
  ['gồm'],
];

function opensList(tokens: readonly TargetToken[], p: number): boolean {
  return LIST_OPENERS.some((words) => wordsAt(tokens, p, words));
}

/** The index after the ")" closing the "(" at `p`, or the end. */
function groupEnd(tokens: readonly TargetToken[], p: number): number {
  for (let k = p + 1; k < tokens.length; k++) if (tokens[k]?.text === ')') return k + 1;
  return tokens.length;
}

function isSeparator(tokens: readonly TargetToken[], k: number): boolean {
  const token = tokens[k] as TargetToken;
  if (token.kind === 'word') return token.text === 'và';
  return token.kind === 'stop' && (token.text === ';' || token.text === ',' || token.text === '.');
}

/** Cut the clause at ";", ",", ".", "và" and at "(trong đó …" / ")"; keep "(8 xã)" whole. */
function cut(tokens: readonly TargetToken[], years: readonly boolean[]): Piece[] {
  const pieces: Piece[] = [];
  let from = 0;
  let figure = false;
  const close = (to: number): void => {
    if (to > from) {
      const first = phraseText(tokens[from]);
      const trailing =
        first === 'so' || first === 'tương' || tokens[from]?.text === '(' || first === 'tức';
      pieces.push({ from, to, figure, trailing });
    }
    figure = false;
  };
  let k = 0;
  while (k < tokens.length) {
    const token = tokens[k] as TargetToken;
    if (token.text === '(' && !opensList(tokens, k + 1)) {
      k = groupEnd(tokens, k); // context in parentheses stays with its figure
      continue;
    }
    if (token.text === '(' || token.text === ')' || isSeparator(tokens, k)) {
      close(k);
      from = k + 1;
      k++;
      continue;
    }
    if (token.kind === 'number' && !years[k]) figure = true;
    k++;
  }
  close(tokens.length);
  return pieces;
}

/**
 * Join pieces into segments: words without a figure go with the figure after them; words
 * without a figure at the end go with the last one, which is marked `dangling`.
 */
function segments(pieces: readonly Piece[]): { from: number; to: number; dangling: boolean }[] {
  const out: { from: number; to: number; dangling: boolean }[] = [];
  let pending: number | null = null;
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (piece.trailing && last !== undefined && pending === null) {
      last.to = piece.to;
    } else if (piece.figure) {
      out.push({ from: pending ?? piece.from, to: piece.to, dangling: false });
      pending = null;
    } else {
      pending ??= piece.from;
    }
  }
  const last = out[out.length - 1];
  if (pending !== null && last !== undefined) {
    last.to = (pieces[pieces.length - 1] as Piece).to;
    last.dangling = true;
  }
  return out;
}

/** Drop "trong đó", ":" and "-" that open a segment. */
function skipOpeners(tokens: readonly TargetToken[], from: number, to: number): number {
  let p = from;
  for (;;) {
    if (wordsAt(tokens, p, ['trong', 'đó'])) p += 2;
    else if (p < to && phraseText(tokens[p]) === 'riêng') p++;
    else if (p < to && (tokens[p]?.text === ':' || tokens[p]?.kind === 'dash')) p++;
    else return p;
  }
}

/** Does the segment say what its quantity is, or only name a part ("nông nghiệp")? */
function ownMeasure(parsed: ParsedTarget): boolean {
  const tokens = tokenizeTarget(parsed.subject ?? '');
  return subjectMeasure(tokens, 0, tokens.length) !== null;
}

/** Does the clause open with a per-year heading ("Hằng năm, …")? */
function perYearHeading(tokens: readonly TargetToken[]): boolean {
  return perYearAt(tokens, 0) > 0;
}

/** A segment whose subject names no quantity: read again with the previous subject before it. */
function withContext(
  parsed: ParsedTarget,
  previous: ParsedTarget | undefined,
  options: ParseTargetOptions,
): ParsedTarget {
  if (previous === undefined || previous.subject === null || ownMeasure(parsed)) return parsed;
  const words = tokenizeTarget(previous.subject);
  // Only a subject that settles something (a rate, an amount, a growth rate) is carried.
  if (subjectMeasure(words, 0, words.length) === null) return parsed;
  // A qualifier or marker at the end of the carried subject would change the reading.
  const last = phraseText(words[words.length - 1]);
  if (last !== undefined && (qualifiers.has(last) || markers.has(last))) return parsed;
  const again = parseTarget(`${previous.subject} ${parsed.text}`, options);
  return { ...again, subject: parsed.subject, text: parsed.text };
}

/**
 * "thêm 12 xã … và 4 xã …": a part that is a bare figure (no subject, no qualifier, no verb)
 * shares the words before the figure of the part before it.
 */
function withSharedHead(
  parsed: ParsedTarget,
  head: string,
  options: ParseTargetOptions,
): ParsedTarget {
  if (head === '' || parsed.subject !== null || parsed.target.kind !== 'exact') return parsed;
  const again = parseTarget(`${head}${parsed.text}`, options);
  return { ...again, text: parsed.text };
}

/**
 * The words before the first figure of `text` when they end with a change verb ("Tỉnh có
 * thêm "), or ''. A qualifier ("trên 150 …; 2 xã") is not shared: it bounds one figure.
 */
function headOf(text: string): string {
  const words = tokenizeTarget(text);
  const figure = words.findIndex((t) => t.kind === 'number');
  if (figure <= 0) return '';
  const marker = lastMarker(words, figure);
  return marker ? text.slice(0, (words[figure] as TargetToken).start) : '';
}

/** Does `text` open with a bound before its first figure ("trên 150 …", "dưới 2%")? */
function opensWithBound(text: string): boolean {
  const words = tokenizeTarget(text);
  const figure = words.findIndex((t) => t.kind === 'number');
  const found = figure <= 0 ? null : phraseBefore(words, figure, qualifiers);
  return found !== null && found.meaning.kind !== 'exact';
}

/** Does a change marker ("thêm", "tăng thêm", "giảm") end right before `end`? */
function lastMarker(words: readonly TargetToken[], end: number): boolean {
  const found = phraseBefore(words, end, markers);
  return found !== null && found.meaning.kind === 'change';
}

/**
 * Read a clause that holds several targets, each with its own subject: "tăng 16%, trong
 * đó: nông nghiệp tăng 6%; công nghiệp tăng 18,4%", "Cơ cấu kinh tế đến năm 2025: dịch vụ
 * chiếm 53 - 54%; công nghiệp và xây dựng 31 - 32%; nông nghiệp 7 - 9%".
 *
 * The clause is cut at ";", ",", ".", "và" and "(trong đó …)"; words without a figure join
 * the figure after them (so "Nông, lâm nghiệp và thủy sản tăng 3,8%" stays one target), and
 * "so với …" or a figure in parentheses ("(8 xã)") stays with the figure before it. Each
 * part is read by {@link parseTarget}. A deadline ("đến năm 2025: …") carries over to the
 * parts after it that name none; a part whose subject names only a sector ("nông nghiệp tăng
 * 6%") is read with the subject before it, so it is a growth rate, a rate or an amount as
 * that one is. A per-year heading ("Hằng năm, …") may or may not cover the later parts: they
 * get a warning.
 *
 * @category Targets
 * @param text - the clause, at most 2 000 characters
 * @param options - as for {@link parseTarget}
 * @returns every target, in order
 * @throws {@link ChitieuError} as {@link parseTarget} for any part it cannot read;
 * `input-too-long` past 2 000 characters
 * @example
 * ```ts
 * const [all, farming] = parseTargets('GRDP tăng 16%, trong đó: nông nghiệp tăng 6%');
 * all.target;
 * //=> { kind: 'change', direction: 'increase', by: { kind: 'exact', value: '16' }, basis: 'percent' }
 * farming.subject;
 * //=> 'nông nghiệp'
 * parseTargets('Cơ cấu kinh tế đến năm 2025: dịch vụ chiếm 53 - 54%; nông nghiệp 7 - 9%')
 *   .map((t) => t.byYear);
 * //=> [2025, 2025]
 * ```
 */
export function parseTargets(
  text: string,
  options: ParseTargetOptions = {},
): readonly ParsedTarget[] {
  if (typeof text !== 'string') {
    throw chitieuError('invalid-argument', 'a clause of target phrases as a string', {
      received: text,
      path: ['text'],
    });
  }
  const source = normalizeText(text.length > 3 * MAX_CLAUSE_LENGTH ? text.slice(0, 1) : text);
  if (text.length > 3 * MAX_CLAUSE_LENGTH || source.length > MAX_CLAUSE_LENGTH) {
    throw chitieuError('input-too-long', `a clause of at most ${MAX_CLAUSE_LENGTH} characters`, {
      received: text,
      details: { length: text.length, max: MAX_CLAUSE_LENGTH },
    });
  }
  const tokens = tokenizeTarget(source);
  const years = markYears(tokens);
  markBareYears(tokens, years);
  const parts = segments(cut(tokens, years));
  if (parts.length === 0) return Object.freeze([parseTarget(source, options)]);
  const heading = perYearHeading(tokens);
  const out: ParsedTarget[] = [];
  let byYear: number | null = null;
  // The target that "trong đó …" breaks down: its parts are on the same per-year footing.
  let whole: ParsedTarget | undefined;
  let head = '';
  for (const [i, part] of parts.entries()) {
    const from = skipOpeners(tokens, part.from, part.to);
    if (from > part.from && whole === undefined) whole = out[i - 1];
    const slice = source.slice(
      (tokens[from] as TargetToken).start,
      (tokens[part.to - 1] as TargetToken).end,
    );
    const previous = out[i - 1];
    const own = parseTarget(slice, options);
    let parsed = withSharedHead(own, head, options);
    const ownHead = headOf(slice);
    if (ownHead !== '') head = ownHead;
    const bare = own.subject === null && own.target.kind === 'exact';
    const boundBefore = previous !== undefined && opensWithBound(previous.text);
    parsed = withContext(parsed, previous, options);
    if (whole?.perYear === true && !parsed.perYear) parsed = { ...parsed, perYear: true };
    byYear = parsed.byYear ?? byYear ?? deadlineYear(tokens, years, 0, part.from);
    const warnings = [...parsed.warnings];
    if (heading && i > 0 && !parsed.perYear) {
      warnings.push(
        'a per-year heading ("Hằng năm, …") opens the clause: it may or may not cover this target',
      );
    }
    if (bare && boundBefore && parsed === own) {
      warnings.push(
        'a bare figure after a bounded one ("trên 150 …; 2 xã"): the bound may or may not cover it',
      );
    }
    if (part.dangling) {
      warnings.push(
        'words without a figure follow the last target: a target written in words ("một đơn vị …") was not read',
      );
    }
    out.push(Object.freeze({ ...parsed, byYear, warnings: Object.freeze(warnings) }));
  }
  return Object.freeze(out);
}
