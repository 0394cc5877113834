import { chitieuError } from '../errors.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import type { CommuneProgress } from './commune-progress-schema.js';
import type { CriteriaSet } from './criteria-set-schema.js';
import { getCriteriaSet, resolveCriteriaSet } from './get-criteria-set.js';
import type { NtmRollup, RollupOptions } from './ntm-rollup-schema.js';
import {
  checkCommuneSet,
  computeChange,
  finishRollup,
  type Tally,
  tallyFromRollup,
  tallyProgresses,
} from './rollup-tally.js';

function isRollup(x: unknown): x is NtmRollup {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && 'criteriaMet' in x;
}

function firstSet(progresses: readonly CommuneProgress[], path: (string | number)[]): CriteriaSet {
  const first = progresses[0] as { set?: unknown } | undefined;
  if (typeof first !== 'object' || first === null) {
    throw chitieuError('invalid-argument', 'a commune progress from communeProgress()', {
      received: first,
      path: [...path, 0],
    });
  }
  return getCriteriaSet(first.set as string, [...path, 0, 'set']);
}

/** The options rollupCommunes knows: any other key is refused (a misspelling would be ignored). */
const ROLLUP_COMMUNES_OPTIONS: readonly string[] = ['previous', 'set'];

/**
 * Add up the NTM progress of a district's communes: criteria met in total ("381 tiêu chí đạt
 * chuẩn"), the average per commune, communes at each level ("17 xã đạt chuẩn NTM, trong đó
 * 5 xã nâng cao"), how many communes meet each criterion and which criterion holds most of
 * them back, and, against `options.previous`, the change ("tăng 19 tiêu chí so với năm 2020;
 * có thêm 4 xã đạt chuẩn NTM, 3 xã đạt chuẩn NTM nâng cao").
 *
 * Counts are additive: the rollup of two lists put together equals {@link mergeRollups} of
 * their rollups. Progress on a set that corresponds to the rollup's set (QĐ 1980 and QĐ 318)
 * is mapped criterion by criterion.
 *
 * @category NTM
 * @param progresses - one {@link CommuneProgress} per commune (xã; thị trấn are not counted
 * by the commune sets)
 * @param options - the `set` to count in, and the `previous` rollup or progress list
 * @returns the {@link NtmRollup}
 * @throws {@link "chitieu"!ChitieuError} `invalid-argument` for an empty list without `options.set`, a
 * district-level set, or a malformed progress; `unit-mismatch` when a progress (or the
 * previous rollup, for `change.byCriterion` it reports instead) is on a set that does not
 * correspond; `unknown-criterion` for a criterion id the set lacks
 * @example
 * ```ts
 * const all = Array.from({ length: 19 }, (_, i) => i + 1);
 * const before = rollupCommunes([
 *   communeProgress('ntm-commune-2016', all.slice(0, 15)),
 *   communeProgress('ntm-commune-2016', all.slice(0, 17)),
 * ]);
 * const after = rollupCommunes(
 *   [
 *     communeProgress('ntm-commune-2016', all, { tier: 'advanced' }),
 *     communeProgress('ntm-commune-2016', all.slice(0, 17)),
 *   ],
 *   { previous: before },
 * );
 * after.criteriaMet;
 * //=> 36
 * after.averagePerCommune.toString();
 * //=> '18'
 * after.qualified;
 * //=> { standard: 1, advanced: 1, model: 0 }
 * after.change.criteriaMet;
 * //=> 4
 * after.mostMissed.map((t) => t.criterion.name);
 * //=> ['Hệ thống chính trị và tiếp cận pháp luật', 'Quốc phòng và An ninh']
 * ```
 */
export function rollupCommunes(
  progresses: readonly CommuneProgress[],
  options: RollupOptions = {},
): NtmRollup {
  checkOptionKeys(options, ROLLUP_COMMUNES_OPTIONS);
  if (!Array.isArray(progresses)) {
    throw chitieuError('invalid-argument', 'a list of commune progresses', {
      received: progresses,
      path: ['progresses'],
    });
  }
  if (typeof options !== 'object' || options === null) {
    throw chitieuError('invalid-argument', 'an options object', {
      received: options,
      path: ['options'],
    });
  }
  let set: CriteriaSet;
  if (options.set !== undefined) {
    set = resolveCriteriaSet(options.set, ['options', 'set']);
    checkCommuneSet(set, ['options', 'set']);
  } else if (progresses.length > 0) {
    set = firstSet(progresses, ['progresses']);
  } else {
    throw chitieuError('invalid-argument', 'at least one commune progress, or options.set', {
      received: progresses,
      path: ['progresses'],
    });
  }
  const current = tallyProgresses(set, progresses, ['progresses']);
  const { previous } = options;
  if (previous === undefined) return finishRollup(current, undefined);
  let before: Tally;
  if (isRollup(previous)) {
    before = tallyFromRollup(previous, ['options', 'previous']);
  } else if (Array.isArray(previous)) {
    const previousSet =
      previous.length > 0 ? firstSet(previous, ['options', 'previous']) : current.set;
    before = tallyProgresses(previousSet, previous, ['options', 'previous']);
  } else {
    throw chitieuError('invalid-argument', 'a previous rollup or a list of commune progresses', {
      received: previous,
      path: ['options', 'previous'],
    });
  }
  return finishRollup(current, computeChange(current, before));
}
