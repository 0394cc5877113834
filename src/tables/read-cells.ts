import { isChitieuError } from '../errors.js';
import type { Measure } from '../indicator/measure-schema.js';
import { parseViNumber } from '../notation/parse-vi-number.js';
import type { Decimal } from '../numeric/decimal.js';
import { parseTarget } from '../targets/parse-target.js';
import type { Target } from '../targets/target-schema.js';
import { cleanCell, foldCell, isBlankCell } from './table-text.js';

/**
 * A change written beside a figure ("575 (tăng 15%)", "(giảm 28,3% so với thực hiện năm
 * 2020)"): its direction, size and basis as {@link parseTarget} reads them.
 *
 * @category Plans
 */
export interface CellChange {
  readonly direction: 'increase' | 'decrease';
  readonly size: Decimal;
  readonly basis: 'absolute' | 'points' | 'percent';
  readonly text: string;
}

/** What the parentheses after a figure say. */
interface CellContext {
  /** "(còn 4,33%)", "(đạt 95%)": the level the figure leads to. */
  readonly level: Decimal | null;
  /** "(tăng 15%)": a change written beside the figure. */
  readonly contextChange: CellChange | null;
  /** "(dự ước)", "(ước)", "(sơ bộ)": the figure is an estimate. */
  readonly estimate: boolean;
  /** Any other text in the parentheses, kept. */
  readonly note: string | null;
}

/**
 * A plan (KH) cell, read: the {@link Target} (null for a text cell such as "Đạt chuẩn"),
 * the unit written in it, whether its bound was a strict symbol ("< 7,6", ">2.300"), and
 * what its parentheses said.
 *
 * @category Plans
 */
export interface TargetCell extends CellContext {
  readonly text: string;
  readonly target: Target | null;
  readonly unit: string | null;
  /** "<" or ">" (not "≤", "≥", nor the words "dưới", "trên"): strict in arithmetic. */
  readonly strictSymbol: boolean;
  /** Words parseTarget left before the figure ("gần"), or null. */
  readonly words: string | null;
  /** What {@link parseTarget} found uncertain about the reading (its `warnings`). */
  readonly warnings: readonly string[];
}

/**
 * How a result is hedged: `above` ("trên 46,8 ha", "hơn"), `below` ("dưới"), `about`
 * ("khoảng 24", "xấp xỉ"), `near` ("gần 80%": a little under).
 *
 * @category Plans
 */
export type ResultHedge = 'above' | 'below' | 'about' | 'near';

/**
 * A result (TH) cell, read. `form`: `figure` (one number), `range` ("61-62": `value` is the
 * low end, `max` the high one), `hedged` (a figure with a {@link ResultHedge}), `change`
 * ("tăng 8,5%": `value` is the size, `change` says which way), `text` ("Xuất siêu", "Đạt
 * chuẩn": no figure, `value` null).
 *
 * @category Plans
 */
export interface ResultCell extends CellContext {
  readonly text: string;
  readonly form: 'figure' | 'range' | 'hedged' | 'change' | 'text';
  readonly value: Decimal | null;
  readonly max: Decimal | null;
  readonly hedge: ResultHedge | null;
  readonly change: CellChange | null;
  readonly unit: string | null;
}

/** @internal A cell that could not be read: why, in English with the Vietnamese terms. */
export interface CellProblem {
  readonly problem: string;
}

const NO_CONTEXT: CellContext = { level: null, contextChange: null, estimate: false, note: null };

/** Split "575 (tăng 15%)" into "575" and "tăng 15%"; the parentheses must close the cell. */
function splitParentheses(text: string): { main: string; inside: string | null } {
  const m = /^(.*?\S)\s*\(([^()]*)\)\.?$/u.exec(stripFootnote(text));
  if (m === null) return { main: stripFootnote(text), inside: null };
  return { main: m[1] as string, inside: cleanCell(m[2] as string) };
}

/** A footnote mark printed after a figure ("18,37[2]", "7,02(*)", "95*"): not part of it. */
function stripFootnote(text: string): string {
  return text.replace(/\s*(?:\[\d{1,2}\]|\(\*{1,3}\)|\*{1,3})$/u, '');
}

const FIGURE = /-?\d[\d.,]*/u;

function readContext(inside: string | null, measure: Measure | undefined): CellContext {
  if (inside === null) return NO_CONTEXT;
  const folded = inside.toLocaleLowerCase('vi');
  if (/^(?:dự ước|ước tính|ước|sơ bộ|ước đạt|dự kiến)$/u.test(folded)) {
    return { ...NO_CONTEXT, estimate: true };
  }
  const figure = FIGURE.exec(inside);
  if (figure !== null && /^(?:còn|đạt|bằng|là|tương đương)\s/u.test(folded)) {
    const level = tryNumber(figure[0]);
    if (level !== null) return { ...NO_CONTEXT, level };
  }
  if (figure !== null && /^(?:tăng|giảm)\s/u.test(folded)) {
    const change = readChange(inside, measure);
    if (change !== null) return { ...NO_CONTEXT, contextChange: change };
  }
  return { ...NO_CONTEXT, note: inside };
}

function tryNumber(text: string): Decimal | null {
  try {
    return parseViNumber(text.replace(/[.,]$/u, ''));
  } catch (error) {
    if (isChitieuError(error)) return null;
    throw error;
  }
}

function readChange(text: string, measure: Measure | undefined): CellChange | null {
  try {
    const { target } = parseTarget(text, measure === undefined ? {} : { measure });
    if (target.kind !== 'change' || target.by.kind !== 'exact') return null;
    return { direction: target.direction, size: target.by.value, basis: target.basis, text };
  } catch (error) {
    if (isChitieuError(error)) return null;
    throw error;
  }
}

/** The problem of a figure written "- 4,13": a negative figure, or a list dash? */
function dashProblem(main: string): CellProblem | null {
  return /^- \d/u.test(main)
    ? {
        problem:
          'a dash, a space, then a figure: a negative figure or a list mark? (write "-4,13")',
      }
    : null;
}

function parseProblem(error: unknown): CellProblem {
  if (!isChitieuError(error)) throw error;
  const expected = error.details.expected;
  return {
    problem: `expected ${typeof expected === 'string' ? expected : 'a figure'} (${error.code})`,
  };
}

/**
 * @internal Read a plan (KH) cell: symbols, leading zeros, ranges, changes, a figure with
 * its context in parentheses. Null for a blank cell ("", "-", "x").
 */
export function readTargetCell(
  raw: string,
  measure: Measure | undefined,
): TargetCell | CellProblem | null {
  const text = cleanCell(raw);
  if (isBlankCell(text)) return null;
  const { main, inside } = splitParentheses(text);
  const context = readContext(inside, measure);
  const dash = dashProblem(main);
  if (dash !== null) return dash;
  if (!/\d/u.test(main)) {
    return {
      ...context,
      text,
      target: null,
      unit: null,
      strictSymbol: false,
      words: null,
      warnings: [],
    };
  }
  try {
    const parsed = parseTarget(main, measure === undefined ? {} : { measure });
    if (parsed.rest !== null) {
      return { problem: `words after the figure chitieu does not read: "${parsed.rest}"` };
    }
    return {
      ...context,
      text,
      target: parsed.target,
      unit: parsed.unit,
      strictSymbol: /[<>](?!=)/u.test(main),
      words: parsed.subject,
      warnings: parsed.warnings,
    };
  } catch (error) {
    return parseProblem(error);
  }
}

const HEDGES: readonly [RegExp, ResultHedge | null][] = [
  [/^(?:ước đạt|ước tính|ước|đạt được|đạt)\s+/u, null],
  [/^(?:trên|hơn|ngoài)\s+/u, 'above'],
  [/^(?:dưới|chưa đến|chưa tới|không đến)\s+/u, 'below'],
  [/^(?:khoảng|xấp xỉ|chừng|ước khoảng)\s+/u, 'about'],
  [/^(?:gần)\s+/u, 'near'],
];

/** Strip the hedge and estimate words in front of a result figure. */
function stripHedges(main: string): { rest: string; hedge: ResultHedge | null; estimate: boolean } {
  let rest = main;
  let hedge: ResultHedge | null = null;
  let estimate = false;
  for (let pass = 0; pass < 3; pass++) {
    const folded = rest.toLocaleLowerCase('vi');
    const found = HEDGES.find(([pattern]) => pattern.test(folded));
    if (found === undefined) break;
    const m = (found[0].exec(folded) as RegExpExecArray)[0];
    if (found[1] === null) estimate ||= m.startsWith('ước');
    else hedge = found[1];
    rest = rest.slice(m.length);
  }
  return { rest, hedge, estimate };
}

const HEDGE_OF_KIND: Readonly<Record<string, ResultHedge>> = {
  'at-least': 'above',
  'at-most': 'below',
  approximately: 'about',
};

/**
 * @internal Read a result (TH) cell: a figure, a range ("61-62"), a hedged figure ("trên
 * 46,8 ha", "khoảng 24", "gần 80%"), a negative figure ("-4,13%"), a change ("tăng 8,5%"),
 * or text ("Xuất siêu"). Null for a blank cell.
 */
export function readResultCell(
  raw: string,
  measure: Measure | undefined,
): ResultCell | CellProblem | null {
  const text = cleanCell(raw);
  if (isBlankCell(text)) return null;
  const { main, inside } = splitParentheses(text);
  const context = readContext(inside, measure);
  const base = { ...context, text, max: null, change: null, unit: null };
  if (!/\d/u.test(main)) return { ...base, form: 'text', value: null, hedge: null };
  const dash = dashProblem(main);
  if (dash !== null) return dash;
  const stripped = stripHedges(main);
  const estimate = context.estimate || stripped.estimate;
  try {
    const parsed = parseTarget(stripped.rest, measure === undefined ? {} : { measure });
    if (parsed.rest !== null || parsed.subject !== null) {
      return {
        problem: `words around the figure chitieu does not read: "${parsed.subject ?? parsed.rest}"`,
      };
    }
    const t = parsed.target;
    const cell = { ...base, estimate, unit: parsed.unit };
    if (t.kind === 'change') {
      if (t.by.kind === 'range') return { problem: 'a range of changes as a result' };
      const hedge = HEDGE_OF_KIND[t.by.kind] ?? stripped.hedge;
      const change = { direction: t.direction, size: t.by.value, basis: t.basis, text: main };
      return { ...cell, form: 'change', value: t.by.value, hedge, change };
    }
    if (t.kind === 'range') {
      return { ...cell, form: 'range', value: t.min, max: t.max, hedge: stripped.hedge };
    }
    const hedge = HEDGE_OF_KIND[t.kind] ?? stripped.hedge;
    return { ...cell, form: hedge === null ? 'figure' : 'hedged', value: t.value, hedge };
  } catch (error) {
    return parseProblem(error);
  }
}

/**
 * @internal Read a printed percentage ("112,6", "112,6%", "98"): its value and the text as
 * printed, for {@link reconcilePercent}. Null for a blank cell.
 */
export function readPercentCell(
  raw: string,
): { value: Decimal; text: string } | CellProblem | null {
  const text = cleanCell(raw);
  if (isBlankCell(text)) return null;
  const figure = text.replace(/\s*%$/u, '');
  const value = tryNumber(figure);
  if (value === null || !/^-?\d[\d.,]*$/u.test(figure)) {
    return { problem: 'expected a percentage in Vietnamese notation ("112,6" or "112,6%")' };
  }
  return { value, text: figure };
}

/**
 * A printed verdict (đánh giá) read: `exceeded` (Vượt, Vượt KH, Hoàn thành vượt), `met`
 * (Đạt, Đạt KH, Hoàn thành), `not-met` (Không đạt, Chưa đạt, Chưa hoàn thành), `attained`
 * ("Đạt và vượt": met or exceeded, the table does not say which).
 *
 * @category Plans
 */
export type PrintedVerdict = 'exceeded' | 'met' | 'not-met' | 'attained';

/** @internal Read a verdict cell; null for a blank cell, a problem for words it does not map. */
export function readVerdictCell(
  raw: string,
): { verdict: PrintedVerdict; text: string } | CellProblem | null {
  const text = cleanCell(raw);
  if (isBlankCell(text)) return null;
  const v = foldCell(text).replace(/[.!;,]+$/u, '');
  if (/^(?:không|chưa)\s+(?:đạt|hoàn thành)/u.test(v)) return { verdict: 'not-met', text };
  if (/^(?:đạt|hoàn thành)\s*(?:và|,|\/)\s*vượt/u.test(v) || /^vượt\s*(?:và|,|\/)\s*đạt/u.test(v)) {
    return { verdict: 'attained', text };
  }
  if (/^(?:hoàn thành\s+)?vượt(?:\s|$)/u.test(v)) return { verdict: 'exceeded', text };
  if (/^(?:đạt|hoàn thành)(?:\s|$)/u.test(v) && !/vượt/u.test(v)) return { verdict: 'met', text };
  return { problem: `a verdict chitieu does not map to exceeded, met or not met ("${text}")` };
}
