import { chitieuError } from '../errors.js';
import { percentOf } from '../numeric/percent-of.js';
import { checkCount, checkRecord, checkUniqueName } from '../validation/check-argument.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import { parseWithSchema } from '../validation/parse-with-schema.js';
import {
  type ClassificationScale,
  type ClassificationScaleInput,
  type ClassificationTally,
  classificationScaleSchema,
} from './classification-schema.js';

/**
 * The classification of communes and townships (xã, thị trấn) in the Quân khu 4 movement
 * "xây dựng cơ sở xã, phường vững mạnh toàn diện": levels `'vung-manh-toan-dien'` (vững mạnh
 * toàn diện, VMTD), `'kha'` (khá), `'trung-binh'` (trung bình), `'yeu'` (yếu (kém)).
 *
 * Attested classes are VMTD, khá and yếu (kém); the four-level scale with "trung bình", its
 * criteria and its issuing document are **(unverified)**: pass your own scale when your
 * source differs. The NTM criterion 19 (Quốc phòng và An ninh) is a separate thing.
 *
 * @category Grassroots
 * @example
 * ```ts
 * communeClassificationScale.levels;
 * //=> ['vung-manh-toan-dien', 'kha', 'trung-binh', 'yeu']
 * communeClassificationScale.labels.yeu;
 * //=> 'yếu (kém)'
 * ```
 */
export const communeClassificationScale: ClassificationScale = /* @__PURE__ */ Object.freeze({
  id: 'commune-vmtd',
  unitNoun: 'xã, thị trấn',
  levels: Object.freeze(['vung-manh-toan-dien', 'kha', 'trung-binh', 'yeu']),
  labels: Object.freeze({
    'vung-manh-toan-dien': 'vững mạnh toàn diện',
    kha: 'khá',
    'trung-binh': 'trung bình',
    yeu: 'yếu (kém)',
  }),
  weak: Object.freeze(['yeu']),
  topPhrase: 'vững mạnh toàn diện',
  weakPhrase: 'yếu kém',
});

/**
 * The classification of clusters (cụm) in the movement "xây dựng cụm an toàn làm chủ – sẵn
 * sàng chiến đấu" (ATLC-SSCĐ): levels `'an-toan-lam-chu'` (an toàn làm chủ – sẵn sàng chiến
 * đấu), `'kha'` (khá), `'trung-binh'` (trung bình), `'yeu'` (yếu (kém)). Reports say "6/6 cụm
 * đạt cụm an toàn làm chủ", "số cụm hoạt động khá", "không có cụm yếu". As for communes, only
 * the top, khá and yếu classes are attested; the four-level scale is **(unverified)**.
 *
 * @category Grassroots
 * @example
 * ```ts
 * clusterClassificationScale.topPhrase;
 * //=> 'cụm an toàn làm chủ'
 * ```
 */
export const clusterClassificationScale: ClassificationScale = /* @__PURE__ */ Object.freeze({
  id: 'cluster-atlc-sscd',
  unitNoun: 'cụm',
  levels: Object.freeze(['an-toan-lam-chu', 'kha', 'trung-binh', 'yeu']),
  labels: Object.freeze({
    'an-toan-lam-chu': 'an toàn làm chủ – sẵn sàng chiến đấu',
    kha: 'khá',
    'trung-binh': 'trung bình',
    yeu: 'yếu (kém)',
  }),
  weak: Object.freeze(['yeu']),
  topPhrase: 'cụm an toàn làm chủ',
  weakPhrase: 'yếu kém',
});

/**
 * One classified unit: its name and its level on the scale.
 *
 * @category Grassroots
 */
export interface ClassifiedUnit {
  readonly unit: string;
  readonly level: string;
}

/**
 * Counts per level, as a report gives them, with the number of units when the counts do not
 * cover them all ("18/20 xã … đạt vững mạnh toàn diện … không có xã … yếu kém" is
 * `{ counts: { 'vung-manh-toan-dien': 18, yeu: 0 }, total: 20 }`). Without `total`, the
 * counts cover every unit and levels left out count 0.
 *
 * @category Grassroots
 */
export interface ClassificationCounts {
  readonly counts: Readonly<Record<string, number>>;
  readonly total?: number;
}

/**
 * Counts per level covering every unit: `{ 'vung-manh-toan-dien': 18, kha: 2 }`. Levels left
 * out count 0.
 *
 * @category Grassroots
 */
export type ClassificationLevelCounts = Readonly<Record<string, number>>;

/**
 * Options for {@link classificationTally}.
 *
 * @category Grassroots
 */
export interface ClassificationTallyOptions {
  /** The scale; {@link communeClassificationScale} unless given. */
  readonly scale?: ClassificationScaleInput;
}

function readScale(scale: ClassificationScaleInput | undefined): ClassificationScale {
  if (scale === undefined) return communeClassificationScale;
  if (scale === communeClassificationScale || scale === clusterClassificationScale) return scale;
  return parseWithSchema(
    classificationScaleSchema,
    scale,
    'invalid-argument',
    'a classification scale ({ id, unitNoun, levels, labels, weak, topPhrase, weakPhrase })',
    ['options', 'scale'],
  );
}

function unknownLevel(scale: ClassificationScale, level: unknown, path: (string | number)[]) {
  return chitieuError(
    'invalid-argument',
    `a level of the scale ${scale.id} (${scale.levels.join(', ')})`,
    { received: level, path },
  );
}

/** The options classificationTally knows: any other key is refused (a misspelling would be ignored). */
const CLASSIFICATION_TALLY_OPTIONS: readonly string[] = ['scale'];

/**
 * Tally the defence-and-security classification of grassroots units in a period: communes
 * (xã, thị trấn vững mạnh toàn diện) or clusters (cụm an toàn làm chủ – sẵn sàng chiến đấu).
 * Give the units with their levels, counts per level covering every unit
 * (`{ 'vung-manh-toan-dien': 18, kha: 2 }`), or `{ counts, total }` when the counts do not
 * cover every unit (recognised by its `counts` object). Levels a
 * report does not break down stay unknown (null), so "18/20 VMTD, none weak" leaves 2 units
 * `unspecified` rather than inventing their level. Describe it with
 * {@link describeClassification}.
 *
 * @category Grassroots
 * @param input - the units with their levels, counts per level, or `{ counts, total? }`
 * @param options - the scale ({@link communeClassificationScale} unless given)
 * @returns the total, the count per level, the top level's share and whether none is weak
 * @throws {@link "chitieu"!ChitieuError} `invalid-argument` for an unknown level, a negative or
 * fractional count, a repeated unit, counts that add up to more than the total, or a
 * malformed scale
 * @example
 * ```ts
 * const communes = classificationTally({ counts: { 'vung-manh-toan-dien': 18, yeu: 0 }, total: 20 });
 * [communes.top.count, communes.top.total, communes.top.percent.toString(), communes.noneWeak];
 * //=> [18, 20, '90', true]
 * communes.unspecified;
 * //=> 2
 * classificationTally({ 'an-toan-lam-chu': 6 }, { scale: clusterClassificationScale }).noneWeak;
 * //=> true
 * classificationTally({ counts: { 'vung-manh-toan-dien': 21 }, total: 20 });
 * // throws ChitieuError invalid-argument
 * ```
 */
export function classificationTally(
  input: readonly ClassifiedUnit[] | ClassificationCounts | ClassificationLevelCounts,
  options: ClassificationTallyOptions = {},
): ClassificationTally {
  checkOptionKeys(options, CLASSIFICATION_TALLY_OPTIONS);
  const scale = readScale(
    checkRecord(options, 'an options object', ['options']).scale as
      | ClassificationScaleInput
      | undefined,
  );
  const known = new Map<string, number>();
  let total: number;
  if (Array.isArray(input)) {
    for (const level of scale.levels) known.set(level, 0);
    const seen = new Set<string>();
    (input as readonly unknown[]).forEach((raw, i) => {
      const entry = checkRecord(raw, 'a classified unit ({ unit, level })', ['input', i]);
      checkUniqueName(entry.unit, seen, ['input', i, 'unit']);
      const level = entry.level;
      if (typeof level !== 'string' || !known.has(level)) {
        throw unknownLevel(scale, level, ['input', i, 'level']);
      }
      known.set(level, (known.get(level) as number) + 1);
    });
    total = input.length;
  } else {
    const record = checkRecord(
      input,
      'an array of classified units, counts per level, or { counts, total? }',
      ['input'],
    );
    const wrapped =
      typeof record.counts === 'object' &&
      record.counts !== null &&
      !scale.levels.includes('counts');
    const countsPath: (string | number)[] = wrapped ? ['input', 'counts'] : ['input'];
    const counts = wrapped ? checkRecord(record.counts, 'counts per level', countsPath) : record;
    let sum = 0;
    for (const [level, value] of Object.entries(counts)) {
      if (!scale.levels.includes(level)) throw unknownLevel(scale, level, [...countsPath, level]);
      const n = checkCount(value, [...countsPath, level]);
      known.set(level, n);
      sum += n;
    }
    if (!Number.isSafeInteger(sum)) {
      throw chitieuError('invalid-argument', 'counts whose sum is a safe integer', {
        received: 'a sum too large',
        path: countsPath,
      });
    }
    if (!wrapped || record.total === undefined) {
      total = sum;
    } else {
      total = checkCount(record.total, ['input', 'total']);
      if (sum > total) {
        throw chitieuError(
          'invalid-argument',
          `counts per level that add up to at most the total (${total})`,
          { received: `counts adding up to ${sum}`, path: ['input', 'total'] },
        );
      }
    }
  }
  let specified = 0;
  for (const n of known.values()) specified += n;
  const unspecified = total - specified;
  const byLevel: Record<string, number | null> = {};
  for (const level of scale.levels) {
    byLevel[level] = known.get(level) ?? (unspecified === 0 ? 0 : null);
  }
  const topLevel = scale.levels[0] as string;
  const topCount = byLevel[topLevel] ?? null;
  let weakKnown = 0;
  let weakOpen = false;
  for (const level of scale.weak) {
    const n = byLevel[level] ?? null;
    if (n === null) weakOpen = true;
    else weakKnown += n;
  }
  const weakCount = weakOpen ? null : weakKnown;
  const pct = (n: number | null) => (n === null || total === 0 ? null : percentOf(n, total));
  return {
    scale,
    total,
    byLevel,
    unspecified,
    top: {
      level: topLevel,
      label: scale.labels[topLevel] as string,
      count: topCount,
      total,
      percent: pct(topCount),
    },
    weak: { count: weakCount, percent: pct(weakCount) },
    noneWeak: weakKnown > 0 ? false : weakOpen ? null : true,
  };
}
