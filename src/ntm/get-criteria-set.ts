import { chitieuError, type ErrorPath } from '../errors.js';
import { Decimal } from '../numeric/decimal.js';
import { parseWithSchema } from '../validation/parse-with-schema.js';
import {
  type CriteriaSet,
  type CriteriaSetId,
  type Criterion,
  criteriaSetSchema,
} from './criteria-set-schema.js';
import { criteriaSets } from './criteria-sets.js';

/**
 * Look a criteria set up by its id.
 *
 * @category NTM
 * @param id - a {@link CriteriaSetId} such as `'ntm-commune-2022'`
 * @param path - where the id sits in a larger input, for the error
 * @returns the criteria set
 * @throws {@link "chitieu"!ChitieuError} `unknown-criteria-set` for an id chitieu does not know
 * @example
 * ```ts
 * getCriteriaSet('ntm-commune-2022').decision.date;
 * //=> '2022-03-08'
 * getCriteriaSet('ntm-commune-2019');
 * // throws ChitieuError unknown-criteria-set
 * ```
 */
export function getCriteriaSet(id: string, path: ErrorPath = []): CriteriaSet {
  if (typeof id === 'string' && Object.hasOwn(criteriaSets, id)) {
    return criteriaSets[id as CriteriaSetId];
  }
  throw chitieuError(
    'unknown-criteria-set',
    `one of ${Object.keys(criteriaSets)
      .map((k) => JSON.stringify(k))
      .join(', ')}`,
    { received: id, path },
  );
}

function isBuiltIn(set: object): set is CriteriaSet {
  return Object.values(criteriaSets).includes(set as CriteriaSet);
}

function looksLikeSet(set: Record<string, unknown>): boolean {
  const criteria = set.criteria;
  const qualification = set.qualification as Record<string, unknown> | null | undefined;
  return (
    typeof set.id === 'string' &&
    (set.level === 'commune' || set.level === 'district') &&
    Array.isArray(criteria) &&
    criteria.length > 0 &&
    criteria.every(
      (c: unknown) =>
        typeof c === 'object' &&
        c !== null &&
        typeof (c as Criterion).id === 'string' &&
        Number.isInteger((c as Criterion).number) &&
        typeof (c as Criterion).name === 'string',
    ) &&
    typeof qualification === 'object' &&
    qualification !== null &&
    Number.isInteger(qualification.minimumCriteria) &&
    Array.isArray(qualification.conditions)
  );
}

/**
 * A custom set is read through its schema: its decision, tier and conditions are used in
 * messages and in district judgements, and a hand-made set may lack them. It is returned as
 * given when its figures are already chitieu Decimals, else as the schema normalised it.
 */
function checkedCustomSet(set: CriteriaSet, path: ErrorPath): CriteriaSet {
  const parsed = parseWithSchema(
    criteriaSetSchema,
    set,
    'invalid-argument',
    'a criteria set (bộ tiêu chí) as criteriaSetSchema describes it',
    path,
  );
  const ownFigures = set.qualification.conditions.every(
    (c) => c.minPercent instanceof Decimal && c.minPercent.constructor === Decimal,
  );
  return ownFigures ? set : parsed;
}

/**
 * @internal Resolve a set given as a set or as an id (ids are looked up). A set object that
 * is not built in gets a structural check (errors at the set's own path), then is read
 * through `criteriaSetSchema` (errors at the bad field).
 */
export function resolveCriteriaSet(set: CriteriaSet | CriteriaSetId, path: ErrorPath): CriteriaSet {
  if (typeof set === 'object' && set !== null) {
    if (isBuiltIn(set)) return set;
    if (looksLikeSet(set as unknown as Record<string, unknown>)) return checkedCustomSet(set, path);
    throw chitieuError(
      'invalid-argument',
      'a criteria set (bộ tiêu chí) with an id, a level, numbered criteria and a qualification rule, or a set id',
      { received: set, path },
    );
  }
  return getCriteriaSet(set as string, path);
}
