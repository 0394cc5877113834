import { chitieuError, type ErrorPath } from '../errors.js';
import type { CommuneProgress } from './commune-progress-schema.js';
import type { CriteriaSet, CriteriaSetId, Criterion } from './criteria-set-schema.js';
import { criterionIndex, findCriterion } from './evaluate-criteria.js';
import { getCriteriaSet, resolveCriteriaSet } from './get-criteria-set.js';
import { ntmCommune2016 } from './ntm-commune-2016.js';
import { ntmCommune2022 } from './ntm-commune-2022.js';

/**
 * How the criteria of one set correspond to those of another: each pair names a criterion
 * of `from` and the criterion of `to` that carries it on, and whether it was `renamed`.
 *
 * @category NTM
 */
export interface CriteriaCorrespondence {
  readonly from: CriteriaSetId;
  readonly to: CriteriaSetId;
  readonly pairs: readonly {
    readonly from: string;
    readonly to: string;
    readonly renamed: boolean;
  }[];
  /** Why the criteria correspond, and on whose authority. */
  readonly basis: string;
  readonly verified: boolean;
}

function pairByNumber(from: CriteriaSet, to: CriteriaSet): CriteriaCorrespondence['pairs'] {
  return Object.freeze(
    from.criteria.map((c, i) => {
      const d = to.criteria[i] as Criterion;
      return Object.freeze({ from: c.id, to: d.id, renamed: c.name !== d.name });
    }),
  );
}

function build(): readonly CriteriaCorrespondence[] {
  return Object.freeze([
    Object.freeze({
      from: 'ntm-commune-2016',
      to: 'ntm-commune-2022',
      pairs: pairByNumber(ntmCommune2016, ntmCommune2022),
      basis:
        'QĐ 318/QĐ-TTg keeps the numbering 1–19 of QĐ 1980/QĐ-TTg; criteria 3 (Thủy lợi → Thủy lợi và phòng, chống thiên tai), 11 (Hộ nghèo → Nghèo đa chiều), 12 (Lao động có việc làm → Lao động) and 13 (Tổ chức sản xuất → Tổ chức sản xuất và phát triển kinh tế nông thôn) are renamed, and their chỉ tiêu and thresholds changed. DOMAIN §5.2.',
      verified: true,
    } satisfies CriteriaCorrespondence),
  ]);
}

/**
 * The correspondences between criteria sets that chitieu knows. Only the commune sets of
 * 2016 (QĐ 1980) and 2022 (QĐ 318) correspond criterion by criterion: same numbering 1–19,
 * four criteria renamed. The district sets (558 → 320) differ at criteria 6, 8 and 9, and
 * the 10 criteria of 2026 (QĐ 51/2025) regroup the 19, so neither is mapped. Each
 * correspondence also works backwards.
 *
 * @category NTM
 * @example
 * ```ts
 * criteriaCorrespondences[0].pairs.filter((p) => p.renamed).map((p) => p.to);
 * //=> ['irrigation-disaster-prevention', 'multidimensional-poverty', 'labour', 'production-rural-economy']
 * ```
 */
export const criteriaCorrespondences: readonly CriteriaCorrespondence[] = /* @__PURE__ */ build();

/**
 * @internal For each criterion of `from`, the position of its counterpart in `to` (or -1);
 * `null` when the two sets do not correspond. A set corresponds to itself.
 */
export function correspondence(from: CriteriaSet, to: CriteriaSet): readonly number[] | null {
  if (from.id === to.id) return from.criteria.map((_, i) => i);
  const toIndex = criterionIndex(to);
  const fromIndex = criterionIndex(from);
  for (const c of criteriaCorrespondences) {
    const forward = c.from === from.id && c.to === to.id;
    const backward = c.from === to.id && c.to === from.id;
    if (!forward && !backward) continue;
    const out = from.criteria.map(() => -1);
    for (const p of c.pairs) {
      const a = fromIndex.get(forward ? p.from : p.to);
      const b = toIndex.get(forward ? p.to : p.from);
      if (a !== undefined && b !== undefined) out[a] = b;
    }
    return out;
  }
  return null;
}

/** @internal The error for sets that cannot be compared criterion by criterion. */
export function noCorrespondence(from: CriteriaSet, to: CriteriaSet, path: ErrorPath) {
  return chitieuError(
    'unit-mismatch',
    `criteria of ${to.id} (${to.decision.number}) or of a set that corresponds to it criterion by criterion`,
    { received: `criteria of ${from.id} (${from.decision.number})`, path },
  );
}

/**
 * The criterion of another set that corresponds to a given one: tiêu chí 11 "Hộ nghèo" of
 * QĐ 1980 is tiêu chí 11 "Nghèo đa chiều" of QĐ 318.
 *
 * @category NTM
 * @param criterion - the criterion, by id or number, in `from`
 * @param from - the set it belongs to (or its id)
 * @param to - the set to map it into (or its id)
 * @returns the corresponding criterion of `to`
 * @throws {@link "chitieu"!ChitieuError} `unknown-criterion` when `from` has no such criterion,
 * `unit-mismatch` when the sets (or this criterion) do not correspond,
 * `unknown-criteria-set` for an unknown id
 * @example
 * ```ts
 * mapCriterion('poor-households', 'ntm-commune-2016', 'ntm-commune-2022').name;
 * //=> 'Nghèo đa chiều'
 * mapCriterion(13, 'ntm-commune-2022', 'ntm-commune-2016').name;
 * //=> 'Tổ chức sản xuất'
 * mapCriterion('income', 'ntm-commune-2022', 'ntm-commune-2026');
 * // throws ChitieuError unit-mismatch
 * ```
 */
export function mapCriterion(
  criterion: string | number,
  from: CriteriaSet | CriteriaSetId,
  to: CriteriaSet | CriteriaSetId,
): Criterion {
  const f = resolveCriteriaSet(from, ['from']);
  const t = resolveCriteriaSet(to, ['to']);
  const k = findCriterion(f, criterionIndex(f), criterion, ['criterion']);
  const map = correspondence(f, t);
  const target = map?.[k] ?? -1;
  if (map === null || target < 0) throw noCorrespondence(f, t, ['to']);
  return t.criteria[target] as Criterion;
}

/**
 * @internal Re-express a progress in a corresponding set (no validation of `to`'s identity).
 * The lists read are checked to be arrays; errors point into the progress at `path`.
 */
export function mapProgressUnchecked(
  progress: CommuneProgress,
  from: CriteriaSet,
  to: CriteriaSet,
  map: readonly number[],
  path: ErrorPath = ['progress'],
): CommuneProgress {
  for (const key of ['metIds', 'notMetIndicators'] as const) {
    if (!Array.isArray(progress[key])) {
      throw chitieuError('invalid-argument', `a list of ${key} in a commune progress`, {
        received: progress[key],
        path: [...path, key],
      });
    }
  }
  const fromIndex = criterionIndex(from);
  const reached = new Array<boolean>(to.criteria.length).fill(false);
  progress.metIds.forEach((id, i) => {
    const k = findCriterion(from, fromIndex, id, [...path, 'metIds'], i);
    const target = map[k] ?? -1;
    if (target >= 0) reached[target] = true;
  });
  const metIds: string[] = [];
  const missing: Criterion[] = [];
  to.criteria.forEach((c, i) => {
    if (reached[i]) metIds.push(c.id);
    else missing.push(c);
  });
  const notMetIndicators = progress.notMetIndicators.flatMap((n, i) => {
    if (typeof n !== 'object' || n === null || typeof n.indicator !== 'string') {
      throw chitieuError('invalid-argument', 'a sub-indicator not met: { criterion, indicator }', {
        received: n,
        path: [...path, 'notMetIndicators', i],
      });
    }
    const k = fromIndex.get(n.criterion);
    const target = k === undefined ? -1 : (map[k] ?? -1);
    const c = to.criteria[target];
    return c === undefined ? [] : [Object.freeze({ criterion: c.id, indicator: n.indicator })];
  });
  const prerequisiteSet = to.qualification.prerequisite;
  const prerequisite =
    prerequisiteSet === null
      ? null
      : Object.freeze({ set: prerequisiteSet, met: progress.prerequisite?.met ?? null });
  return Object.freeze({
    set: to.id,
    name: progress.name,
    tier: progress.tier,
    met: metIds.length,
    total: to.criteria.length,
    metIds: Object.freeze(metIds),
    missing: Object.freeze(missing),
    notMetIndicators: Object.freeze(notMetIndicators),
    qualifies:
      metIds.length >= to.qualification.minimumCriteria &&
      (prerequisite === null || prerequisite.met === true),
    prerequisite,
  });
}

/**
 * Re-express a commune's progress in a corresponding criteria set, criterion by criterion:
 * a commune that met "Hộ nghèo" under QĐ 1980 is counted as meeting "Nghèo đa chiều" under
 * QĐ 318. This compares counts across a change of set; it does not re-assess the commune
 * against the new thresholds, which changed.
 *
 * @category NTM
 * @param progress - a progress from {@link communeProgress}
 * @param to - the set to express it in (or its id)
 * @returns the same progress on `to`
 * @throws {@link "chitieu"!ChitieuError} `unit-mismatch` when the sets do not correspond,
 * `unknown-criteria-set` for an unknown id, `unknown-criterion` for a criterion id not in
 * the progress's set, `invalid-argument` for a malformed progress (path `['progress', …]`)
 * @example
 * ```ts
 * const p = communeProgress('ntm-commune-2016', ['poor-households', 'employment']);
 * mapCommuneProgress(p, 'ntm-commune-2022').metIds;
 * //=> ['multidimensional-poverty', 'labour']
 * ```
 */
export function mapCommuneProgress(
  progress: CommuneProgress,
  to: CriteriaSet | CriteriaSetId,
): CommuneProgress {
  if (typeof progress !== 'object' || progress === null || !Array.isArray(progress.metIds)) {
    throw chitieuError('invalid-argument', 'a commune progress from communeProgress()', {
      received: progress,
      path: ['progress'],
    });
  }
  const from = getCriteriaSet(progress.set, ['progress', 'set']);
  const t = resolveCriteriaSet(to, ['to']);
  const map = correspondence(from, t);
  if (map === null) throw noCorrespondence(from, t, ['to']);
  return mapProgressUnchecked(progress, from, t, map, ['progress']);
}
