import { chitieuError } from '../errors.js';
import type { Decimal } from '../numeric/decimal.js';
import type { Figures } from './read-figures.js';
import { unreadable } from './target-errors.js';
import type { Qualifier } from './target-phrases.js';
import type { LevelTarget } from './target-schema.js';

type Modifier = 'up' | 'down' | null;

/** A bound from a qualifier and a "trở lên/xuống" that may disagree on strictness. */
function boundOf(
  text: string,
  qualifier: { readonly kind: 'at-least' | 'at-most'; readonly strict: boolean },
  modifier: Modifier,
  value: Decimal,
  warnings: string[],
): LevelTarget {
  const { kind, strict } = qualifier;
  if ((kind === 'at-least' && modifier === 'down') || (kind === 'at-most' && modifier === 'up')) {
    throw unreadable(text, 'a qualifier and a "trở lên"/"trở xuống" that agree');
  }
  if (modifier !== null && strict) {
    warnings.push(
      `a strict bound ("trên", "hơn", "dưới") and an inclusive "trở lên"/"trở xuống" are both written; read as inclusive: whether exactly ${value.toString()} meets the target is open`,
    );
    return { kind, value, strict: false };
  }
  return { kind, value, strict };
}

/**
 * The level target of a single figure, from its qualifier and a trailing "trở lên/xuống".
 * Where the words disagree ("trên 13% trở lên"), the reading is the inclusive one and
 * `warnings` says so.
 *
 * @internal
 */
export function levelOf(
  text: string,
  qualifier: Qualifier | null,
  modifier: Modifier,
  value: Decimal,
  warnings: string[],
): LevelTarget {
  const kind = qualifier?.kind ?? 'exact';
  switch (kind) {
    case 'exact':
    case 'from':
      if (modifier === 'up') return { kind: 'at-least', value, strict: false };
      if (modifier === 'down') return { kind: 'at-most', value, strict: false };
      return kind === 'from'
        ? { kind: 'at-least', value, strict: false }
        : { kind: 'exact', value };
    case 'approximately':
      if (modifier !== null) {
        throw unreadable(text, '"khoảng" without "trở lên" or "trở xuống"');
      }
      return { kind: 'approximately', value };
    case 'at-least':
    case 'at-most':
      return boundOf(
        text,
        qualifier as { readonly kind: 'at-least' | 'at-most'; readonly strict: boolean },
        modifier,
        value,
        warnings,
      );
  }
}

/**
 * The level target of the figures: a range, or one figure with its qualifier (and a second
 * qualifier stacked before it, which makes the reading uncertain).
 *
 * @internal
 */
export function levelOfFigures(
  source: string,
  figures: Figures,
  qualifier: Qualifier | null,
  stacked: Qualifier | null,
  modifier: Modifier,
  warnings: string[],
): LevelTarget {
  const { first, second } = figures;
  if (stacked !== null) {
    warnings.push(
      'two qualifiers are written before the figure ("khoảng trên", "ít nhất hơn", "ít nhất từ"); read by the one next to it',
    );
  }
  if (second === undefined) return levelOf(source, qualifier, modifier, first, warnings);
  if (modifier !== null) throw unreadable(source, 'a range without "trở lên" or "trở xuống"');
  if (
    qualifier !== null &&
    qualifier.kind !== 'from' &&
    qualifier.kind !== 'exact' &&
    qualifier.kind !== 'approximately'
  ) {
    throw unreadable(source, 'a range written "12–13%", "từ 12 đến 13%" or "đạt 12–13%"');
  }
  if (first.gt(second)) {
    throw chitieuError('invalid-target', 'a range whose lower end is not above its upper end', {
      received: source,
      path: ['max'],
      details: { text: source },
    });
  }
  return { kind: 'range', min: first, max: second };
}
