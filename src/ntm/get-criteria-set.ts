import { chitieuError, type ErrorPath } from '../errors.js';
import type { CriteriaSet, CriteriaSetId, Criterion } from './criteria-set-schema.js';
import { criteriaSets } from './criteria-sets.js';

/**
 * Look a criteria set up by its id.
 *
 * @category NTM
 * @param id - a {@link CriteriaSetId} such as `'ntm-commune-2022'`
 * @param path - where the id sits in a larger input, for the error
 * @returns the criteria set
 * @throws {@link ChitieuError} `unknown-criteria-set` for an id chitieu does not know
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
 * @internal Resolve a set given as a set or as an id (ids are looked up). A set object that
 * is not built in gets a light structural check (use `criteriaSetSchema` to validate JSON).
 */
export function resolveCriteriaSet(set: CriteriaSet | CriteriaSetId, path: ErrorPath): CriteriaSet {
  if (typeof set === 'object' && set !== null) {
    if (isBuiltIn(set) || looksLikeSet(set as unknown as Record<string, unknown>)) return set;
    throw chitieuError(
      'invalid-argument',
      'a criteria set (bộ tiêu chí) with an id, a level, numbered criteria and a qualification rule, or a set id',
      { received: set, path },
    );
  }
  return getCriteriaSet(set as string, path);
}
