import { chitieuError } from '../errors.js';
import { formatDecimalVi } from '../notation/format-vi-number.js';
import { Decimal, type Numeric } from '../numeric/decimal.js';
import { roundTo } from '../numeric/round-to.js';
import { type Rounding, roundings } from '../numeric/rounding.js';
import { toDecimal } from '../numeric/to-decimal.js';
import { checkRecord } from '../validation/check-argument.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import { checkRatingCounts } from './check-counts.js';
import type {
  ExcellentQuotaCheck,
  ExcellentQuotaRule,
  QuotaBase,
} from './check-excellent-quota-schema.js';
import type { RatingCounts } from './rating-level-schema.js';

/**
 * Options for {@link checkExcellentQuota}.
 *
 * @category Party
 */
export interface CheckExcellentQuotaOptions {
  /** The rule followed; `'hd-21-2019'` (party members) unless given. Both rules cap at 20%. */
  readonly rule?: ExcellentQuotaRule;
  /** The quota in percent, from 0 to 100; 20 unless given. */
  readonly quota?: Numeric;
  /** What the quota is taken of; `'good'` (the HTTNV count) unless given. */
  readonly base?: QuotaBase;
  /** How a fractional cap is rounded to whole people; `'floor'` unless given. */
  readonly rounding?: Rounding;
}

const ROUNDING_WORDS: Readonly<Record<Rounding, string>> = {
  floor: 'làm tròn xuống',
  truncate: 'bỏ phần thập phân',
  ceil: 'làm tròn lên',
  'half-up': 'làm tròn',
  'half-even': 'làm tròn về số chẵn',
};

const D100 = /* @__PURE__ */ new Decimal(100);

/** The options checkExcellentQuota knows: any other key is refused (a misspelling would be ignored). */
const CHECK_EXCELLENT_QUOTA_OPTIONS: readonly string[] = ['base', 'quota', 'rounding', 'rule'];

/**
 * The counts that decide the cap: the number rated HTXSNV (`excellent`) and the number rated
 * HTTNV (`good`). The other two levels may be given (a full {@link RatingCounts}) but change
 * nothing.
 *
 * @category Party
 */
export interface ExcellentQuotaCounts {
  readonly excellent: number;
  readonly good: number;
  readonly completed?: number;
  readonly 'not-completed'?: number;
}

/** The counts read: the two that decide the cap, checked; a `total` refused with the reason. */
function readQuotaCounts(counts: unknown): { excellent: number; good: number } {
  const record = checkRecord(
    counts,
    'an object with the counts rated excellent (HTXSNV) and good (HTTNV)',
    ['counts'],
  );
  if ('total' in record) {
    throw chitieuError(
      'invalid-argument',
      'the number rated good (HTTNV), not the total: the cap is 20% of the HTTNV count, so give { excellent, good }',
      { received: 'total', path: ['counts', 'total'] },
    );
  }
  return checkRatingCounts({ completed: 0, 'not-completed': 0, ...record });
}

/**
 * Check the cap on the number rated "Hoàn thành xuất sắc nhiệm vụ" (HTXSNV) within one
 * scope (one tổ chức cơ sở đảng for party members; one agency or task group for công chức):
 * HTXSNV ≤ 20% of the number rated "Hoàn thành tốt nhiệm vụ" (HTTNV).
 *
 * The rule followed is Hướng dẫn 21-HD/BTCTW (2019), written under Quy định 132-QĐ/TW: "số
 * lượng đảng viên được xếp loại 'Hoàn thành xuất sắc nhiệm vụ' không vượt quá 20% số đảng
 * viên được xếp loại 'Hoàn thành tốt nhiệm vụ' trong từng tổ chức cơ sở đảng". NĐ 335/2025
 * sets the same 20% of HTTNV for công chức. Whether Quy định 366-QĐ/TW (2025) keeps the
 * party-member rule is **(unverified)**; so is any such cap on organisations.
 *
 * The base is the HTTNV count, as the rule is worded; `base: 'good-or-better'` takes HTTNV +
 * HTXSNV instead, as some secondary texts read it. No source states how a fractional cap is
 * rounded **(unverified)**: by default it is rounded down (`'floor'`), since a cap of 2,4
 * people admits 2, not 3; pass another `rounding` to follow a local practice.
 *
 * @category Party
 * @param counts - the ratings within one scope: the counts rated excellent and good decide
 *   it (`{ excellent: 3, good: 12 }`); the other two levels may be given
 * @param options - rule, quota, base and rounding
 * @returns whether the HTXSNV count is allowed, the cap, and the figures behind it
 * @throws {@link "chitieu"!ChitieuError} `invalid-argument` for bad counts (path `['counts', level]`)
 * or options out of their domain
 * @example
 * ```ts
 * const check = checkExcellentQuota({ excellent: 3, good: 12, completed: 1, 'not-completed': 0 });
 * [check.allowed, check.maxExcellent, check.exactMax.toString()];
 * //=> [false, 2, '2.4']
 * check.explanation;
 * //=> 'Số HTXSNV (3) vượt 20% số HTTNV: 20% × 12 = 2,4, làm tròn xuống thành 2; vượt 1.'
 * checkExcellentQuota({ excellent: 3, good: 12, completed: 1, 'not-completed': 0 }, { base: 'good-or-better' }).allowed;
 * //=> true
 * checkExcellentQuota({ excellent: 2, good: 12 }).allowed;
 * //=> true
 * checkExcellentQuota({ total: 15, excellent: 3 });
 * // throws ChitieuError invalid-argument
 * ```
 */
export function checkExcellentQuota(
  counts: RatingCounts | ExcellentQuotaCounts,
  options: CheckExcellentQuotaOptions = {},
): ExcellentQuotaCheck {
  checkOptionKeys(options, CHECK_EXCELLENT_QUOTA_OPTIONS);
  const c = readQuotaCounts(counts);
  checkRecord(options, 'an options object', ['options']);
  const rule = options.rule ?? 'hd-21-2019';
  if (rule !== 'hd-21-2019' && rule !== 'nd-335-2025') {
    throw chitieuError('invalid-argument', "a quota rule ('hd-21-2019', 'nd-335-2025')", {
      received: rule,
      path: ['options', 'rule'],
    });
  }
  const baseOf = options.base ?? 'good';
  if (baseOf !== 'good' && baseOf !== 'good-or-better') {
    throw chitieuError('invalid-argument', "a quota base ('good', 'good-or-better')", {
      received: baseOf,
      path: ['options', 'base'],
    });
  }
  const rounding = options.rounding ?? 'floor';
  if (!roundings.includes(rounding)) {
    throw chitieuError('invalid-argument', `a rounding mode (${roundings.join(', ')})`, {
      received: rounding,
      path: ['options', 'rounding'],
    });
  }
  const quotaPercent = toDecimal(options.quota ?? 20, ['options', 'quota']);
  if (quotaPercent.isNegative() || quotaPercent.gt(D100)) {
    throw chitieuError('invalid-argument', 'a quota in percent from 0 to 100', {
      received: quotaPercent.toString(),
      path: ['options', 'quota'],
    });
  }
  const base = baseOf === 'good' ? c.good : c.good + c.excellent;
  const exactMax = quotaPercent.times(base).div(D100);
  const maxExcellent = roundTo(exactMax, 0, rounding).toNumber();
  const allowed = c.excellent <= maxExcellent;
  const excess = allowed ? 0 : c.excellent - maxExcellent;
  const q = formatDecimalVi(quotaPercent);
  const baseWords = baseOf === 'good' ? 'số HTTNV' : 'số HTTNV trở lên';
  const arithmetic = `${q}% × ${base} = ${formatDecimalVi(exactMax)}${
    exactMax.isInteger() ? '' : `, ${ROUNDING_WORDS[rounding]} thành ${maxExcellent}`
  }`;
  const explanation = allowed
    ? `Số HTXSNV (${c.excellent}) không vượt quá ${q}% ${baseWords}: ${arithmetic}.`
    : `Số HTXSNV (${c.excellent}) vượt ${q}% ${baseWords}: ${arithmetic}; vượt ${excess}.`;
  return {
    allowed,
    excellent: c.excellent,
    maxExcellent,
    excess,
    base,
    baseOf,
    quotaPercent,
    exactMax,
    rounding,
    rule,
    explanation,
  };
}
