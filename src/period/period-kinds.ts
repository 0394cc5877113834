import type { PeriodKind } from './period-schema.js';

/**
 * Every {@link PeriodKind}, from the shortest to the longest.
 *
 * @category Periods
 * @example
 * ```ts
 * periodKinds;
 * //=> ['month', 'quarter', 'half', 'nine-months', 'year', 'stage', 'term']
 * ```
 */
export const periodKinds: readonly PeriodKind[] = /* @__PURE__ */ Object.freeze([
  'month',
  'quarter',
  'half',
  'nine-months',
  'year',
  'stage',
  'term',
]);
