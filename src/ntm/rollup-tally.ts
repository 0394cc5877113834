import { chitieuError, type ErrorPath } from '../errors.js';
import { Decimal } from '../numeric/decimal.js';
import { parseWithSchema } from '../validation/parse-with-schema.js';
import type { CommuneProgress } from './commune-progress-schema.js';
import { correspondence, mapProgressUnchecked, noCorrespondence } from './criteria-mapping.js';
import type { CriteriaSet, NtmTier } from './criteria-set-schema.js';
import { type CriterionIndex, criterionIndex } from './evaluate-criteria.js';
import { getCriteriaSet } from './get-criteria-set.js';
import {
  type CommuneSummary,
  type CriterionTally,
  type NtmRollup,
  type NtmRollupChange,
  ntmRollupSchema,
} from './ntm-rollup-schema.js';

/** @internal The additive core of a rollup: sums that merge by adding. */
export interface Tally {
  readonly set: CriteriaSet;
  communes: number;
  criteriaMet: number;
  standard: number;
  advanced: number;
  model: number;
  readonly perCriterion: number[];
  readonly summaries: CommuneSummary[];
}

/** @internal An empty tally on a set. */
export function emptyTally(set: CriteriaSet): Tally {
  return {
    set,
    communes: 0,
    criteriaMet: 0,
    standard: 0,
    advanced: 0,
    model: 0,
    perCriterion: new Array<number>(set.criteria.length).fill(0),
    summaries: [],
  };
}

/** @internal Check that a set can be rolled up (commune level). */
export function checkCommuneSet(set: CriteriaSet, path: ErrorPath): void {
  if (set.level !== 'commune') {
    throw chitieuError('invalid-argument', 'a commune-level criteria set (bộ tiêu chí xã)', {
      received: `${set.id}, a ${set.level}-level set`,
      path,
    });
  }
}

function countLevel(t: Tally, level: NtmTier | null): void {
  if (level === null) return;
  t.standard++;
  if (level === 'advanced' || level === 'model') t.advanced++;
  if (level === 'model') t.model++;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** @internal Add one progress (already on the tally's set) to a tally. */
function addProgress(
  t: Tally,
  index: CriterionIndex,
  p: CommuneProgress,
  stamp: Int32Array,
  i: number,
  path: ErrorPath,
) {
  const ids = p.metIds;
  if (!Array.isArray(ids)) {
    throw chitieuError('invalid-argument', 'a commune progress from communeProgress()', {
      received: p,
      path,
    });
  }
  for (let j = 0; j < ids.length; j++) {
    const k = index.get(ids[j] as string);
    if (k === undefined) {
      throw chitieuError('unknown-criterion', `a criterion id of ${t.set.id}`, {
        received: ids[j],
        path: [...path, 'metIds', j],
      });
    }
    if (stamp[k] === i + 1) {
      throw chitieuError('invalid-argument', 'each criterion met listed once', {
        received: ids[j],
        path: [...path, 'metIds', j],
      });
    }
    stamp[k] = i + 1;
    t.perCriterion[k] = (t.perCriterion[k] as number) + 1;
  }
  const met = ids.length;
  if (p.met !== met) {
    throw chitieuError('invalid-argument', `met equal to the number of metIds (${met})`, {
      received: p.met,
      path: [...path, 'met'],
    });
  }
  const prerequisiteMet = p.prerequisite?.met === true;
  const qualifies =
    met >= t.set.qualification.minimumCriteria &&
    (t.set.qualification.prerequisite === null || prerequisiteMet);
  if (p.qualifies !== qualifies) {
    throw chitieuError(
      'invalid-argument',
      `qualifies ${qualifies} for ${met}/${t.set.criteria.length} criteria`,
      {
        received: p.qualifies,
        path: [...path, 'qualifies'],
      },
    );
  }
  const level = p.tier ?? (qualifies ? t.set.tier : null);
  t.communes++;
  t.criteriaMet += met;
  countLevel(t, level);
  t.summaries.push(Object.freeze({ name: p.name ?? null, met, qualifies, level }));
}

/**
 * @internal Tally progress lists into `set`, mapping progress on corresponding sets.
 */
export function tallyProgresses(
  set: CriteriaSet,
  progresses: readonly CommuneProgress[],
  path: ErrorPath,
): Tally {
  checkCommuneSet(set, path.length > 0 ? [...path, 0, 'set'] : ['options', 'set']);
  const t = emptyTally(set);
  const stamp = new Int32Array(set.criteria.length);
  const index = criterionIndex(set);
  const maps = new Map<string, { from: CriteriaSet; map: readonly number[] }>();
  for (let i = 0; i < progresses.length; i++) {
    const p = progresses[i];
    const where = [...path, i];
    if (!isObject(p) || typeof p.set !== 'string') {
      throw chitieuError('invalid-argument', 'a commune progress from communeProgress()', {
        received: p,
        path: where,
      });
    }
    if (p.set === set.id) {
      addProgress(t, index, p, stamp, i, where);
      continue;
    }
    let entry = maps.get(p.set);
    if (entry === undefined) {
      const from = getCriteriaSet(p.set, [...where, 'set']);
      const map = correspondence(from, set);
      if (map === null) throw noCorrespondence(from, set, [...where, 'set']);
      entry = { from, map };
      maps.set(p.set, entry);
    }
    addProgress(
      t,
      index,
      mapProgressUnchecked(p, entry.from, set, entry.map, where),
      stamp,
      i,
      where,
    );
  }
  return t;
}

/**
 * @internal Rebuild the additive core of a finished rollup. The rollup is read through its
 * schema first: one back from JSON or hand-made with a NaN count is an error at its path,
 * never a NaN in the merged figures.
 */
export function tallyFromRollup(rollup: NtmRollup, path: ErrorPath): Tally {
  if (!isObject(rollup) || !Array.isArray(rollup.byCriterion)) {
    throw chitieuError('invalid-argument', 'a rollup from rollupCommunes()', {
      received: rollup,
      path,
    });
  }
  const r = parseWithSchema(
    ntmRollupSchema,
    rollup,
    'invalid-argument',
    'a rollup from rollupCommunes()',
    path,
  );
  const set = getCriteriaSet(r.set, [...path, 'set']);
  const t = emptyTally(set);
  if (r.byCriterion.length !== set.criteria.length) {
    throw chitieuError(
      'invalid-argument',
      `a tally for each of the ${set.criteria.length} criteria of ${set.id}`,
      {
        received: r.byCriterion,
        path: [...path, 'byCriterion'],
      },
    );
  }
  r.byCriterion.forEach((b, i) => {
    if (b.criterion.id !== set.criteria[i]?.id) {
      throw chitieuError(
        'unknown-criterion',
        `criterion ${set.criteria[i]?.id} of ${set.id} in position ${i}`,
        {
          received: b.criterion.id,
          path: [...path, 'byCriterion', i, 'criterion', 'id'],
        },
      );
    }
    t.perCriterion[i] = b.met;
  });
  t.communes = r.communes;
  t.criteriaMet = r.criteriaMet;
  t.standard = r.qualified.standard;
  t.advanced = r.qualified.advanced;
  t.model = r.qualified.model;
  t.summaries.push(...r.communeResults);
  return t;
}

/** @internal Rebuild a tally from the `previous` summary a change carries (no summaries). */
export function tallyFromPrevious(prev: NtmRollupChange['previous'], path: ErrorPath): Tally {
  const set = getCriteriaSet(prev.set, [...path, 'set']);
  const t = emptyTally(set);
  const index = criterionIndex(set);
  prev.byCriterion.forEach((b, i) => {
    const k = index.get(b.criterion);
    if (k === undefined) {
      throw chitieuError('unknown-criterion', `a criterion id of ${set.id}`, {
        received: b.criterion,
        path: [...path, 'byCriterion', i, 'criterion'],
      });
    }
    t.perCriterion[k] = b.met;
  });
  t.communes = prev.communes;
  t.criteriaMet = prev.criteriaMet;
  t.standard = prev.qualified.standard;
  t.advanced = prev.qualified.advanced;
  t.model = prev.qualified.model;
  return t;
}

/** @internal Add tally `b` into `a` (same set). */
export function addTally(a: Tally, b: Tally): void {
  a.communes += b.communes;
  a.criteriaMet += b.criteriaMet;
  a.standard += b.standard;
  a.advanced += b.advanced;
  a.model += b.model;
  b.perCriterion.forEach((n, i) => {
    a.perCriterion[i] = (a.perCriterion[i] as number) + n;
  });
  for (const s of b.summaries) a.summaries.push(s);
}

function average(t: Tally): Decimal | null {
  return t.communes === 0 ? null : new Decimal(t.criteriaMet).div(t.communes);
}

/** @internal The change of `current` against `previous`. */
export function computeChange(current: Tally, previous: Tally): NtmRollupChange {
  const curAvg = average(current);
  const prevAvg = average(previous);
  const map = correspondence(previous.set, current.set);
  let byCriterion: NtmRollupChange['byCriterion'];
  if (map === null) {
    byCriterion = Object.freeze({
      comparable: false as const,
      reason: `the criteria of ${previous.set.id} (${previous.set.decision.number}) do not correspond one by one to those of ${current.set.id} (${current.set.decision.number})`,
    });
  } else {
    const before = new Array<number | undefined>(current.set.criteria.length);
    map.forEach((target, j) => {
      if (target >= 0) before[target] = (before[target] ?? 0) + (previous.perCriterion[j] ?? 0);
    });
    const items = current.set.criteria.flatMap((c, i) => {
      const b = before[i];
      return b === undefined
        ? []
        : [Object.freeze({ criterion: c.id, met: (current.perCriterion[i] as number) - b })];
    });
    byCriterion = Object.freeze({ comparable: true as const, items: Object.freeze(items) });
  }
  return Object.freeze({
    previous: Object.freeze({
      set: previous.set.id,
      communes: previous.communes,
      criteriaMet: previous.criteriaMet,
      qualified: Object.freeze({
        standard: previous.standard,
        advanced: previous.advanced,
        model: previous.model,
      }),
      byCriterion: Object.freeze(
        previous.set.criteria.map((c, i) =>
          Object.freeze({ criterion: c.id, met: previous.perCriterion[i] as number }),
        ),
      ),
    }),
    communes: current.communes - previous.communes,
    criteriaMet: current.criteriaMet - previous.criteriaMet,
    averagePerCommune: curAvg === null || prevAvg === null ? null : curAvg.minus(prevAvg),
    qualified: Object.freeze({
      standard: current.standard - previous.standard,
      advanced: current.advanced - previous.advanced,
      model: current.model - previous.model,
    }),
    byCriterion,
  });
}

/** @internal Turn a tally (and an optional change) into the public rollup. */
export function finishRollup(t: Tally, change: NtmRollupChange | undefined): NtmRollup {
  const byCriterion: CriterionTally[] = t.set.criteria.map((criterion, i) => {
    const met = t.perCriterion[i] as number;
    return Object.freeze({ criterion, met, notMet: t.communes - met });
  });
  const mostMissed = byCriterion
    .filter((b) => b.notMet > 0)
    .sort((a, b) => b.notMet - a.notMet || a.criterion.number - b.criterion.number);
  const rollup = {
    set: t.set.id,
    communes: t.communes,
    criteriaPerCommune: t.set.criteria.length,
    criteriaMet: t.criteriaMet,
    averagePerCommune: average(t),
    qualified: Object.freeze({ standard: t.standard, advanced: t.advanced, model: t.model }),
    byCriterion: Object.freeze(byCriterion),
    mostMissed: Object.freeze(mostMissed),
    communeResults: Object.freeze(t.summaries.slice()),
  };
  return Object.freeze(change === undefined ? rollup : { ...rollup, change });
}
