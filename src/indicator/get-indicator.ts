import { chitieuError } from '../errors.js';
import { indicators } from './catalogue.js';
import type { Indicator } from './indicator-schema.js';

/**
 * Look an indicator up in the {@link indicators} catalogue by its kebab-case id
 * (`'poverty-rate'`) or by its catalogue key (`'povertyRate'`).
 *
 * @category Targets
 * @param id - the indicator's id or catalogue key
 * @returns the catalogue entry (frozen)
 * @throws {@link ChitieuError} `invalid-argument` for an id the catalogue does not hold
 * @example
 * ```ts
 * getIndicator('poverty-rate').name;
 * //=> 'Tỷ lệ hộ nghèo'
 * getIndicator('partyAdmissions').id;
 * //=> 'party-admissions'
 * getIndicator('unknown-indicator');
 * // throws ChitieuError invalid-argument
 * ```
 */
export function getIndicator(id: string): Indicator {
  if (typeof id === 'string') {
    if (Object.hasOwn(indicators, id)) return indicators[id as keyof typeof indicators];
    for (const indicator of Object.values<Indicator>(indicators)) {
      if (indicator.id === id) return indicator;
    }
  }
  throw chitieuError('invalid-argument', 'the id of an indicator in the catalogue', {
    received: id,
    path: ['id'],
    details: { known: Object.values<Indicator>(indicators).map((i) => i.id) },
  });
}
