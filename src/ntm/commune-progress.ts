import { chitieuError } from '../errors.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import type {
  CommuneProgress,
  CommuneProgressOptions,
  CriteriaResults,
} from './commune-progress-schema.js';
import type { CriteriaSet, CriteriaSetId, NtmTier } from './criteria-set-schema.js';
import { evaluateCriteria } from './evaluate-criteria.js';
import { resolveCriteriaSet } from './get-criteria-set.js';

const TIERS: readonly NtmTier[] = ['standard', 'advanced', 'model'];

function checkOptions(options: CommuneProgressOptions): void {
  if (typeof options !== 'object' || options === null) {
    throw chitieuError('invalid-argument', 'an options object', {
      received: options,
      path: ['options'],
    });
  }
  const { name, tier, prerequisiteMet } = options;
  if (name !== undefined && typeof name !== 'string') {
    throw chitieuError('invalid-argument', 'a commune name (a string)', {
      received: name,
      path: ['options', 'name'],
    });
  }
  if (tier !== undefined && !TIERS.includes(tier)) {
    throw chitieuError('invalid-argument', `a tier (${TIERS.join(', ')})`, {
      received: tier,
      path: ['options', 'tier'],
    });
  }
  if (prerequisiteMet !== undefined && typeof prerequisiteMet !== 'boolean') {
    throw chitieuError('invalid-argument', 'true or false', {
      received: prerequisiteMet,
      path: ['options', 'prerequisiteMet'],
    });
  }
}

/** The options communeProgress knows: any other key is refused (a misspelling would be ignored). */
const COMMUNE_PROGRESS_OPTIONS: readonly string[] = ['name', 'prerequisiteMet', 'tier'];

/**
 * How far a commune (xã) is along a criteria set: which criteria it meets, which are missing,
 * and whether it qualifies ("đạt chuẩn"). Criteria are named by id or by number, given as a
 * list, a record of results, or per-sub-indicator results (a criterion is met only when all
 * its sub-indicators are).
 *
 * @category NTM
 * @param set - the criteria set, or its id (`'ntm-commune-2022'`)
 * @param met - the criteria met: `['planning', 2, '3']`, `{ income: true, '11': false }`, or
 * `{ '3': { 'irrigated-area': true, 'disaster-prevention': true } }`
 * @param options - the commune's `name`, its recognised `tier`, and for xã nâng cao whether
 * the prerequisite (xã NTM) is met
 * @returns the progress: `met`/`total`, `metIds`, `missing`, `qualifies`, …
 * @throws {@link "chitieu"!ChitieuError} `unknown-criteria-set` for an unknown set id;
 * `unknown-criterion` (with the path of the bad entry) for a criterion or sub-indicator the
 * set does not have; `invalid-argument` for malformed input or two results for one criterion
 * that disagree
 * @example
 * ```ts
 * const p = communeProgress('ntm-commune-2022', [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 18, 19]);
 * `${p.met}/${p.total}`;
 * //=> '17/19'
 * p.missing.map((c) => c.name);
 * //=> ['Thu nhập', 'Môi trường và an toàn thực phẩm']
 * p.qualifies;
 * //=> false
 * communeProgress('ntm-commune-2022', { '3': { 'irrigated-area': true, 'disaster-prevention': false } }).notMetIndicators;
 * //=> [{ criterion: 'irrigation-disaster-prevention', indicator: 'disaster-prevention' }]
 * communeProgress('ntm-commune-2022', ['income', 'tiêu chí 20']);
 * // throws ChitieuError unknown-criterion
 * ```
 */
export function communeProgress(
  set: CriteriaSet | CriteriaSetId,
  met: CriteriaResults,
  options: CommuneProgressOptions = {},
): CommuneProgress {
  checkOptionKeys(options, COMMUNE_PROGRESS_OPTIONS);
  const s = resolveCriteriaSet(set, ['set']);
  checkOptions(options);
  const { metIds, missing, notMetIndicators } = evaluateCriteria(s, met, ['met']);
  const prerequisiteSet = s.qualification.prerequisite;
  const prerequisite =
    prerequisiteSet === null
      ? null
      : Object.freeze({ set: prerequisiteSet, met: options.prerequisiteMet ?? null });
  const qualifies =
    metIds.length >= s.qualification.minimumCriteria &&
    (prerequisite === null || prerequisite.met === true);
  return Object.freeze({
    set: s.id,
    name: options.name ?? null,
    tier: options.tier ?? null,
    met: metIds.length,
    total: s.criteria.length,
    metIds: Object.freeze(metIds),
    missing: Object.freeze(missing),
    notMetIndicators: Object.freeze(notMetIndicators.map((n) => Object.freeze(n))),
    qualifies,
    prerequisite,
  });
}
