import { isChitieuError } from '../errors.js';
import { parseViNumber } from '../notation/parse-vi-number.js';
import type { Decimal } from '../numeric/decimal.js';
import { type FigureUnit, readUnit } from './read-unit.js';
import { unreadable } from './target-errors.js';
import type { TargetToken } from './tokenize-target.js';

/**
 * The figure, or the two ends of a range, with their unit.
 *
 * @internal
 */
export interface Figures {
  readonly first: Decimal;
  readonly second: Decimal | undefined;
  /** "66/112 thôn": the total written after the figure (112), or `undefined`. */
  readonly total: Decimal | undefined;
  readonly unit: FigureUnit;
  /** The token after the figures and their unit. */
  readonly next: number;
}

function readFigure(text: string, token: TargetToken): Decimal {
  try {
    return parseViNumber(token.text);
  } catch (error) {
    if (!isChitieuError(error)) throw error;
    throw unreadable(
      text,
      `a figure in Vietnamese notation ("150", "51,5", "3.200"), not "${token.text}"`,
    );
  }
}

/**
 * "1e3", "1,5e-3": JavaScript exponent notation glued to a figure, which Vietnamese never
 * writes. Read as a figure and a unit "e3" it would be a wrong target; refuse it.
 */
function checkNoExponent(text: string, tokens: readonly TargetToken[], at: number): void {
  const figure = tokens[at] as TargetToken;
  const next = tokens[at + 1];
  if (next?.kind === 'word' && next.start === figure.end && /^e[+-]?\d/.test(next.text)) {
    throw unreadable(
      text,
      `a figure in Vietnamese notation ("150", "51,5", "3.200"), not "${figure.text}${next.text}"`,
    );
  }
}

/** "66/112": a figure, "/" and a total, written together. */
function totalAt(tokens: readonly TargetToken[], at: number): number {
  const slash = tokens[at + 1];
  const total = tokens[at + 2];
  const figure = tokens[at] as TargetToken;
  return slash?.kind === 'slash' &&
    slash.start === figure.end &&
    total?.kind === 'number' &&
    total.start === slash.end
    ? at + 2
    : -1;
}

/**
 * Read forwards from the figure: "/total", unit, then a range "– 13%", "đến 4%".
 *
 * @internal
 */
export function readFigures(
  source: string,
  tokens: readonly TargetToken[],
  anchor: number,
): Figures {
  checkNoExponent(source, tokens, anchor);
  const first = readFigure(source, tokens[anchor] as TargetToken);
  const totalIndex = totalAt(tokens, anchor);
  const total =
    totalIndex === -1 ? undefined : readFigure(source, tokens[totalIndex] as TargetToken);
  const firstUnit = readUnit(source, tokens, totalIndex === -1 ? anchor + 1 : totalIndex + 1);
  const separator = tokens[firstUnit.next];
  const isSeparator =
    total === undefined &&
    separator !== undefined &&
    (separator.kind === 'dash' ||
      (separator.kind === 'word' && (separator.text === 'đến' || separator.text === 'tới')));
  if (!isSeparator) return { first, second: undefined, total, ...firstUnit };
  const end = tokens[firstUnit.next + 1];
  if (end?.kind !== 'number') {
    if (separator.kind === 'dash') {
      throw unreadable(source, 'a number after the dash of a range ("12–13%")');
    }
    return { first, second: undefined, total, ...firstUnit };
  }
  checkNoExponent(source, tokens, firstUnit.next + 1);
  const second = readFigure(source, end);
  const secondUnit = readUnit(source, tokens, firstUnit.next + 2);
  const a = firstUnit.unit.text;
  const b = secondUnit.unit.text;
  if (a !== null && b !== null && a.toLowerCase() !== b.toLowerCase()) {
    throw unreadable(source, 'the same unit on both ends of a range');
  }
  return {
    first,
    second,
    total,
    unit: a === null ? secondUnit.unit : firstUnit.unit,
    next: secondUnit.next,
  };
}
