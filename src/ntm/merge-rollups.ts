import { chitieuError } from '../errors.js';
import type { NtmRollup } from './ntm-rollup-schema.js';
import {
  addTally,
  computeChange,
  finishRollup,
  type Tally,
  tallyFromPrevious,
  tallyFromRollup,
} from './rollup-tally.js';

/**
 * Combine rollups of disjoint groups of communes into one, as if all the communes had been
 * rolled up together: `mergeRollups([rollupCommunes(a), rollupCommunes(b)])` equals
 * `rollupCommunes([...a, ...b])`. Useful to add up districts into a province, or chunks of a
 * large list. When the rollups carry a `change`, their previous figures are added up too.
 *
 * @category NTM
 * @param rollups - rollups on the same criteria set
 * @returns the combined rollup
 * @throws {@link "chitieu"!ChitieuError} `invalid-argument` for an empty list, or when only some of the
 * rollups carry a change, or for a malformed rollup (path `['rollups', i, …]`);
 * `unit-mismatch` for rollups (or previous figures) on different sets
 * @example
 * ```ts
 * const a = rollupCommunes([communeProgress('ntm-commune-2022', [1, 2, 3])]);
 * const b = rollupCommunes([communeProgress('ntm-commune-2022', [1, 4])]);
 * const ab = mergeRollups([a, b]);
 * ab.criteriaMet;
 * //=> 5
 * ab.byCriterion[0].met;
 * //=> 2
 * ab.averagePerCommune.toString();
 * //=> '2.5'
 * ```
 */
export function mergeRollups(rollups: readonly NtmRollup[]): NtmRollup {
  if (!Array.isArray(rollups) || rollups.length === 0) {
    throw chitieuError('invalid-argument', 'a non-empty list of rollups', {
      received: rollups,
      path: ['rollups'],
    });
  }
  let total: Tally | undefined;
  let previous: Tally | undefined;
  const withChange = rollups.filter((r) => r?.change !== undefined).length;
  if (withChange !== 0 && withChange !== rollups.length) {
    throw chitieuError('invalid-argument', 'either every rollup with a change or none', {
      received: `${withChange} of ${rollups.length} with a change`,
      path: ['rollups'],
    });
  }
  rollups.forEach((r, i) => {
    const t = tallyFromRollup(r, ['rollups', i]);
    if (total === undefined) total = t;
    else if (t.set.id !== total.set.id) {
      throw chitieuError('unit-mismatch', `rollups on one criteria set (${total.set.id})`, {
        received: r.set,
        path: ['rollups', i, 'set'],
      });
    } else addTally(total, t);
    if (r.change !== undefined) {
      const p = tallyFromPrevious(r.change.previous, ['rollups', i, 'change', 'previous']);
      if (previous === undefined) previous = p;
      else if (p.set.id !== previous.set.id) {
        throw chitieuError(
          'unit-mismatch',
          `previous figures on one criteria set (${previous.set.id})`,
          {
            received: p.set.id,
            path: ['rollups', i, 'change', 'previous', 'set'],
          },
        );
      } else addTally(previous, p);
    }
  });
  const t = total as Tally;
  return finishRollup(t, previous === undefined ? undefined : computeChange(t, previous));
}
