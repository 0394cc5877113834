import type { Decimal } from '../numeric/decimal.js';
import { roundTo } from '../numeric/round-to.js';
import type { Rounding } from '../numeric/rounding.js';

/**
 * @internal The English name of each rounding mode with its Vietnamese term, as the audit
 * explanations print it: "truncate (cắt bỏ)".
 */
export const roundingTerms: Readonly<Record<Rounding, string>> = {
  'half-up': 'half-up (làm tròn)',
  'half-even': 'half-even (làm tròn về số chẵn)',
  truncate: 'truncate (cắt bỏ)',
  ceil: 'ceil (làm tròn lên)',
  floor: 'floor (làm tròn xuống)',
};

/**
 * @internal A figure in plain JavaScript notation for an explanation: exact when it has at
 * most `places` decimals ("90", "12.5"), otherwise cut after `places` decimals and marked
 * with "…" ("112.666…").
 */
export function approx(x: Decimal, places = 3): string {
  if (x.decimalPlaces() <= places) return x.toFixed();
  return `${roundTo(x, places, 'truncate').toFixed(places)}…`;
}

/** @internal "+19", "-1.02", "0": a signed figure for an explanation. */
export function signed(x: Decimal): string {
  return x.isPositive() && !x.isZero() ? `+${x.toFixed()}` : x.toFixed();
}

/** @internal "a", "a and b", "a, b and c" (or "a, b or c"). */
export function listWords(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** @internal "1 decimal", "0 decimals", "2 decimals". */
export function decimalsLabel(decimals: number): string {
  return `${decimals} decimal${decimals === 1 ? '' : 's'}`;
}
