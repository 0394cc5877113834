import { impliedDirection } from '../attainment/default-direction.js';
import { indicators } from '../indicator/catalogue.js';
import type { Indicator } from '../indicator/indicator-schema.js';
import type { Direction, Measure } from '../indicator/measure-schema.js';
import type { Target } from '../targets/target-schema.js';
import { directionFromWords, isGrowthRateName } from './direction-words.js';
import { foldCell } from './table-text.js';

/**
 * Where a row's direction came from: `target` (a bound: "dưới 4" is lower-is-better),
 * `catalogue` (the indicator's entry in {@link indicators}), `words` ({@link
 * directionFromWords}), `default` (higher-is-better, nothing said otherwise).
 *
 * @category Plans
 */
export type DirectionSource = 'target' | 'catalogue' | 'words' | 'default';

const CATALOGUE: readonly { folded: string; indicator: Indicator }[] =
  /* @__PURE__ */ Object.values(indicators)
    .map((indicator) => ({ folded: foldCell(indicator.name), indicator }))
    .sort((a, b) => b.folded.length - a.folded.length);

/** @internal The catalogue indicator whose name the row's name contains (longest first). */
export function catalogueMatch(label: string): Indicator | null {
  const text = foldCell(label);
  return CATALOGUE.find((entry) => text.includes(entry.folded))?.indicator ?? null;
}

/** @internal The measure of a row: the catalogue's, or from its unit ("%" and "‰" are rates). */
export function rowMeasure(
  label: string,
  unit: string | null,
  found: Indicator | null,
): Measure | undefined {
  if (found !== null && !isReductionName(label)) return found.measure;
  if (unit === '%' || unit === '‰' || isGrowthRateName(label)) return 'rate';
  return unit === null ? undefined : 'amount';
}

function isReductionName(label: string): boolean {
  return directionFromWords(label)?.direction === 'higher-is-better';
}

/** @internal A row's direction and where it came from; `conflict` names a disagreement. */
export function rowDirection(
  label: string,
  found: Indicator | null,
  target: Target | null,
): { direction: Direction; source: DirectionSource; conflict: string | null } {
  const words = directionFromWords(label);
  const named: { direction: Direction; source: DirectionSource } | null =
    words !== null && words.direction === 'higher-is-better'
      ? { direction: words.direction, source: 'words' }
      : found !== null
        ? { direction: found.direction, source: 'catalogue' }
        : words !== null
          ? { direction: words.direction, source: 'words' }
          : null;
  const level = target?.kind === 'change' ? target.by : target;
  if (target !== null && (level?.kind === 'at-least' || level?.kind === 'at-most')) {
    const direction = impliedDirection(target);
    const conflict =
      named !== null && named.direction !== direction
        ? `the target's bound is ${direction}; the indicator's ${named.source} say ${named.direction}`
        : null;
    return { direction, source: 'target', conflict };
  }
  if (target?.kind === 'change') {
    // "giảm 1–1,5%" says its own way: a decrease is the good way for this row
    return { direction: impliedDirection(target), source: 'target', conflict: null };
  }
  return named === null
    ? { direction: 'higher-is-better', source: 'default', conflict: null }
    : { ...named, conflict: null };
}
