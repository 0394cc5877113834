import { chitieuError } from '../errors.js';
import { decimalRoundingMode, type Rounding } from '../numeric/rounding.js';

/**
 * @internal Validate `options.modes`: a non-empty list of {@link Rounding} modes. Returns them
 * without repeats, in the given order.
 */
export function checkModes(modes: readonly Rounding[]): readonly Rounding[] {
  if (!Array.isArray(modes) || modes.length === 0) {
    throw chitieuError('invalid-argument', 'a non-empty list of rounding modes', {
      received: modes,
      path: ['options', 'modes'],
    });
  }
  const out: Rounding[] = [];
  for (let i = 0; i < modes.length; i++) {
    const mode = modes[i] as Rounding;
    decimalRoundingMode(mode, ['options', 'modes', i]);
    if (!out.includes(mode)) out.push(mode);
  }
  return out;
}
