import { chitieuError, type ErrorPath } from '../errors.js';
import type { CriteriaResults } from './commune-progress-schema.js';
import type { CriteriaSet, Criterion } from './criteria-set-schema.js';

/** @internal A lookup from every way of naming a criterion (id, "10") to its position. */
export type CriterionIndex = ReadonlyMap<string, number>;

/** @internal Build the lookup of a set: each criterion by id and by its number as text. */
export function criterionIndex(set: CriteriaSet): CriterionIndex {
  const index = new Map<string, number>();
  set.criteria.forEach((c, i) => {
    index.set(c.id, i);
    index.set(String(c.number), i);
  });
  return index;
}

/**
 * @internal Position of a criterion named by id or number; throws `unknown-criterion`. The
 * error path is `[...path, segment]`, built only when there is an error.
 */
export function findCriterion(
  set: CriteriaSet,
  index: CriterionIndex | null,
  key: unknown,
  path: ErrorPath,
  segment?: string | number,
): number {
  let found: number | undefined;
  if (typeof key === 'string' || (typeof key === 'number' && Number.isInteger(key))) {
    found = index === null ? scan(set, key) : index.get(String(key));
  } else {
    throw chitieuError('invalid-argument', 'a criterion id (a string) or number', {
      received: key,
      path: segment === undefined ? path : [...path, segment],
    });
  }
  if (found === undefined) {
    throw chitieuError(
      'unknown-criterion',
      `a criterion of ${set.id} (${set.decision.number}): an id such as ${JSON.stringify(
        set.criteria[0]?.id,
      )} or a number from 1 to ${set.criteria.length}`,
      {
        received: key,
        path: segment === undefined ? path : [...path, segment],
        details: { set: set.id },
      },
    );
  }
  return found;
}

const DIGITS = /^[1-9]\d{0,2}$/;

/** Find a criterion without an index: by number (criteria are numbered 1..n), else by id. */
function scan(set: CriteriaSet, key: string | number): number | undefined {
  const criteria = set.criteria;
  if (typeof key === 'number' || DIGITS.test(key)) {
    const n = Number(key);
    const at = criteria[n - 1];
    if (at !== undefined && at.number === n) return n - 1;
    const i = criteria.findIndex((c) => c.number === n);
    return i < 0 ? undefined : i;
  }
  for (let i = 0; i < criteria.length; i++) {
    if ((criteria[i] as Criterion).id === key) return i;
  }
  return undefined;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** @internal The outcome of reading a {@link CriteriaResults} against a set. */
export interface CriteriaEvaluation {
  readonly metIds: readonly string[];
  readonly missing: readonly Criterion[];
  readonly notMetIndicators: readonly { readonly criterion: string; readonly indicator: string }[];
}

function evaluateIndicators(
  c: Criterion,
  results: Readonly<Record<string, unknown>>,
  path: ErrorPath,
  notMet: { criterion: string; indicator: string }[],
): boolean {
  const keys = Object.keys(results);
  if (keys.length === 0) {
    throw chitieuError(
      'invalid-argument',
      `at least one sub-indicator result for criterion ${c.number} (${c.name})`,
      {
        received: results,
        path,
      },
    );
  }
  const listed = c.indicators;
  let all = true;
  for (const key of keys) {
    const value = results[key];
    if (typeof value !== 'boolean') {
      throw chitieuError('invalid-argument', 'true or false for a sub-indicator (chỉ tiêu)', {
        received: value,
        path: [...path, key],
      });
    }
    if (listed !== undefined && !listed.some((i) => i.id === key)) {
      throw chitieuError(
        'unknown-criterion',
        `a sub-indicator (chỉ tiêu) of criterion ${c.number} (${c.name}): ${listed
          .map((i) => JSON.stringify(i.id))
          .join(', ')}`,
        { received: key, path: [...path, key] },
      );
    }
    if (!value) {
      all = false;
      notMet.push({ criterion: c.id, indicator: key });
    }
  }
  if (listed !== undefined) {
    const absent = listed.filter((i) => !Object.hasOwn(results, i.id)).map((i) => i.id);
    if (absent.length > 0) {
      throw chitieuError(
        'invalid-argument',
        `a result for every sub-indicator of criterion ${c.number} (${c.name}); missing ${absent
          .map((id) => JSON.stringify(id))
          .join(', ')}`,
        { received: results, path },
      );
    }
  }
  return all;
}

/**
 * @internal Read which criteria of `set` are met. Shared by commune and district progress;
 * throws `unknown-criterion` for names the set does not have and `invalid-argument` for
 * malformed input or contradictory results.
 */
export function evaluateCriteria(
  set: CriteriaSet,
  met: CriteriaResults,
  path: ErrorPath,
): CriteriaEvaluation {
  const status: (boolean | undefined)[] = new Array(set.criteria.length);
  const notMetIndicators: { criterion: string; indicator: string }[] = [];
  if (Array.isArray(met)) {
    for (let i = 0; i < met.length; i++) {
      status[findCriterion(set, null, met[i], path, i)] = true;
    }
  } else if (isRecord(met)) {
    for (const key of Object.keys(met)) {
      const k = findCriterion(set, null, key, path, key);
      const where = [...path, key];
      const value = met[key];
      const c = set.criteria[k] as Criterion;
      let ok: boolean;
      if (typeof value === 'boolean') {
        ok = value;
      } else if (isRecord(value)) {
        ok = evaluateIndicators(c, value, where, notMetIndicators);
      } else {
        throw chitieuError(
          'invalid-argument',
          'true, false or a record of sub-indicator results for a criterion',
          { received: value, path: where },
        );
      }
      const before = status[k];
      if (before !== undefined && before !== ok) {
        throw chitieuError(
          'invalid-argument',
          `one result for criterion ${c.number} (${c.name}), given here under two names that disagree`,
          { received: value, path: where },
        );
      }
      status[k] = ok;
    }
  } else {
    throw chitieuError(
      'invalid-argument',
      'a list of the criteria met or a record of results by criterion',
      { received: met, path },
    );
  }
  const metIds: string[] = [];
  const missing: Criterion[] = [];
  set.criteria.forEach((c, i) => {
    if (status[i] === true) metIds.push(c.id);
    else missing.push(c);
  });
  return { metIds, missing, notMetIndicators };
}
