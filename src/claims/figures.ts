import { formatDecimalVi } from '../notation/format-vi-number.js';
import type { Decimal } from '../numeric/decimal.js';
import type { Rounding } from '../numeric/rounding.js';
import type { Claim, ClaimFigure, FigureRole } from './claim.js';

/** @internal The claim's first figure with this role, or undefined. */
export function role(claim: Claim, r: FigureRole): ClaimFigure | undefined {
  return claim.figures.find((f) => f.role === r);
}

/** @internal A figure in Vietnamese notation, half-up to `decimals` ("75,32"). */
export function vi(x: Decimal, decimals = 2): string {
  return formatDecimalVi(x, { decimals, rounding: 'half-up' });
}

/** @internal English and Vietnamese names of the roundings, for the sentences. */
export const ROUNDING_WORDS: Readonly<Record<Rounding, readonly [string, string]>> = {
  'half-up': ['half-up', 'làm tròn'],
  'half-even': ['half-even', 'làm tròn về số chẵn'],
  truncate: ['truncation', 'cắt bỏ'],
  ceil: ['rounding up', 'làm tròn lên'],
  floor: ['rounding down', 'làm tròn xuống'],
};

/** @internal "half-up or truncation" / "làm tròn hoặc cắt bỏ". */
export function modeWords(modes: readonly Rounding[], lang: 0 | 1, joiner: string): string {
  const words = modes.map((m) => ROUNDING_WORDS[m][lang]);
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${joiner} ${words[words.length - 1]}`;
}
