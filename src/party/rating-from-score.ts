import { chitieuError } from '../errors.js';
import { Decimal, type Numeric } from '../numeric/decimal.js';
import { toDecimal } from '../numeric/to-decimal.js';
import { checkRecord } from '../validation/check-argument.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import type {
  RatingCondition,
  RatingConditions,
  RatingConditionsInput,
  RatingResult,
  RatingScheme,
  ScoreBand,
} from './rating-from-score-schema.js';
import { ratingLabels, ratingLevels } from './rating-level.js';
import type { RatingLevel } from './rating-level-schema.js';

/**
 * Options for {@link ratingFromScore}.
 *
 * @category Party
 */
export interface RatingFromScoreOptions {
  /** The rule to rate by; `'qd-366-2025'` (the only one so far) unless given. */
  readonly scheme?: RatingScheme;
  /** Facts besides the score; each given condition can only lower the level. */
  readonly conditions?: RatingConditionsInput;
}

const D0 = /* @__PURE__ */ new Decimal(0);
const D30 = /* @__PURE__ */ new Decimal(30);
const D20 = /* @__PURE__ */ new Decimal(20);
const D50 = /* @__PURE__ */ new Decimal(50);
const D70 = /* @__PURE__ */ new Decimal(70);
const D90 = /* @__PURE__ */ new Decimal(90);
const D100 = /* @__PURE__ */ new Decimal(100);

/** The score bands of Quy định 366-QĐ/TW Art. 11, best first. */
const BANDS_366: Readonly<Record<RatingLevel, ScoreBand>> = /* @__PURE__ */ Object.freeze({
  excellent: Object.freeze({ min: D90, max: D100, includesMax: true }),
  good: Object.freeze({ min: D70, max: D90, includesMax: false }),
  completed: Object.freeze({ min: D50, max: D70, includesMax: false }),
  'not-completed': Object.freeze({ min: D0, max: D50, includesMax: false }),
});

function bandLevelOf(score: Decimal): RatingLevel {
  if (score.gte(D90)) return 'excellent';
  if (score.gte(D70)) return 'good';
  if (score.gte(D50)) return 'completed';
  return 'not-completed';
}

/** The first condition that rules `level` out, or null when the level stands. */
function failingCondition(level: RatingLevel, c: RatingConditions): RatingCondition | null {
  if (level === 'not-completed') return null;
  if (c.disqualified === true) return 'disqualified';
  if (c.allTasksDone === false) return 'allTasksDone';
  if (level === 'completed') {
    return c.lateTaskShare?.gt(D20) ? 'lateTaskShare' : null;
  }
  if (c.allTasksOnTime === false) return 'allTasksOnTime';
  if (c.lateTaskShare?.gt(D0)) return 'lateTaskShare';
  if (level === 'good') return null;
  if (c.beyondRequirementShare?.lt(D30)) {
    return 'beyondRequirementShare';
  }
  return c.disciplined === true ? 'disciplined' : null;
}

const BOOLEAN_CONDITIONS = [
  'allTasksDone',
  'allTasksOnTime',
  'disciplined',
  'disqualified',
] as const;
const SHARE_CONDITIONS = ['beyondRequirementShare', 'lateTaskShare'] as const;

/** Check the conditions cheaply: known names, booleans, and shares from 0 to 100. */
function checkConditions(input: RatingConditionsInput | undefined): RatingConditions {
  if (input === undefined) return {};
  const path = ['options', 'conditions'];
  const record = checkRecord(input, 'an object of rating conditions', path);
  const out: Record<string, boolean | Decimal> = {};
  for (const [name, value] of Object.entries(record)) {
    if (value === undefined) continue;
    if ((BOOLEAN_CONDITIONS as readonly string[]).includes(name)) {
      if (typeof value !== 'boolean') {
        throw chitieuError('invalid-argument', 'true or false', {
          received: value,
          path: [...path, name],
        });
      }
      out[name] = value;
    } else if ((SHARE_CONDITIONS as readonly string[]).includes(name)) {
      const share = toDecimal(value as Numeric, [...path, name]);
      if (share.isNegative() || share.gt(D100)) {
        throw chitieuError('invalid-argument', 'a share of tasks in percent from 0 to 100', {
          received: share.toString(),
          path: [...path, name],
        });
      }
      out[name] = share;
    } else {
      throw chitieuError(
        'invalid-argument',
        `a rating condition (${[...BOOLEAN_CONDITIONS, ...SHARE_CONDITIONS].join(', ')})`,
        { received: name, path: [...path, name] },
      );
    }
  }
  return out as RatingConditions;
}

/** The options ratingFromScore knows: any other key is refused (a misspelling would be ignored). */
const RATING_FROM_SCORE_OPTIONS: readonly string[] = ['conditions', 'scheme'];

/**
 * Rate a collective or an individual from its score out of 100 and the conditions besides
 * the score, under Quy định 366-QĐ/TW (30/8/2025), Art. 11:
 *
 * | Level | Score | Conditions (abridged) |
 * | --- | --- | --- |
 * | Hoàn thành xuất sắc nhiệm vụ | ≥ 90 | 100% of tasks on time, ≥ 30% beyond requirement; collective: no unit or leader disciplined |
 * | Hoàn thành tốt nhiệm vụ | 70 – < 90 | 100% of tasks on time, with quality |
 * | Hoàn thành nhiệm vụ | 50 – < 70 | 100% of tasks done, ≤ 20% late (collective) |
 * | Không hoàn thành nhiệm vụ | < 50 | or a disqualifying fault |
 *
 * A score alone does not fix the level: the score gives a band, and each condition that is
 * given and not met moves the result down one level at a time until the conditions of a
 * level hold (conditions never raise it). Conditions not given are not checked. The bands
 * and the excellent/good/completed conditions are confirmed from press digests of Art. 11;
 * the wording of the disqualifying faults and the individual's version of the "≤ 20% late"
 * and "disciplined" conditions are **(unverified)**.
 *
 * @category Party
 * @param score - the total score, from 0 to 100 (fractions allowed)
 * @param options - the scheme and the conditions, or just the scheme (`'qd-366-2025'`)
 * @returns the level, its label, the band, and which condition lowered it if any
 * @throws {@link "chitieu"!ChitieuError} `invalid-number` for a score that is not a number,
 * `invalid-argument` for a score outside [0, 100], an unknown scheme or bad conditions
 * @example
 * ```ts
 * ratingFromScore(92).level;
 * //=> 'excellent'
 * ratingFromScore(89.99).label;
 * //=> 'Hoàn thành tốt nhiệm vụ'
 * const r = ratingFromScore(95, { conditions: { beyondRequirementShare: 25 } });
 * [r.level, r.cappedBy];
 * //=> ['good', 'beyondRequirementShare']
 * ratingFromScore(95, { conditions: { allTasksOnTime: false } }).level;
 * //=> 'completed'
 * ratingFromScore(70, 'qd-366-2025').level;
 * //=> 'good'
 * ratingFromScore(101);
 * // throws ChitieuError invalid-argument
 * ```
 */
export function ratingFromScore(
  score: Numeric,
  options: RatingFromScoreOptions | RatingScheme = {},
): RatingResult {
  checkOptionKeys(options, RATING_FROM_SCORE_OPTIONS);
  const opts: RatingFromScoreOptions =
    typeof options === 'string'
      ? { scheme: options }
      : (checkRecord(options, 'an options object or a scheme', [
          'options',
        ]) as RatingFromScoreOptions);
  const value = toDecimal(score, ['score']);
  if (value.isNegative() || value.gt(D100)) {
    throw chitieuError('invalid-argument', 'a score from 0 to 100', {
      received: value.toString(),
      path: ['score'],
    });
  }
  const scheme = opts.scheme ?? 'qd-366-2025';
  if (scheme !== 'qd-366-2025') {
    throw chitieuError('invalid-argument', "a rating scheme ('qd-366-2025')", {
      received: scheme,
      path: ['options', 'scheme'],
    });
  }
  const conditions = checkConditions(opts.conditions);
  const bandLevel = bandLevelOf(value);
  const blocked: { level: RatingLevel; condition: RatingCondition }[] = [];
  let index = ratingLevels.indexOf(bandLevel);
  let level = bandLevel;
  for (;;) {
    const failing = failingCondition(level, conditions);
    if (failing === null) break;
    blocked.push({ level, condition: failing });
    index += 1;
    level = ratingLevels[index] as RatingLevel;
  }
  const last = blocked[blocked.length - 1];
  const result: RatingResult = {
    level,
    label: ratingLabels[level],
    score: value,
    band: BANDS_366[bandLevel],
    bandLevel,
    scheme,
    conditions,
    ...(last === undefined ? {} : { cappedBy: last.condition }),
    blocked,
  };
  return result;
}
