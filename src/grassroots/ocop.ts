import { chitieuError } from '../errors.js';
import { Decimal, type Numeric } from '../numeric/decimal.js';
import { toDecimal } from '../numeric/to-decimal.js';
import { checkRecord } from '../validation/check-argument.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import { ocopRulesAt } from './ocop-rules.js';
import type { OcopStar } from './ocop-schema.js';

/**
 * Options for {@link starFromScore} and {@link ocopTally}.
 *
 * @category Grassroots
 */
export interface OcopOptions {
  /**
   * The day the rating is made, `'YYYY-MM-DD'`: decides which decision applies and who
   * recognises the product. Today's rules (QĐ 148 as amended by QĐ 1489) unless given.
   */
  readonly asOf?: string;
}

const D = (n: number) => new Decimal(n);
const BANDS = /* @__PURE__ */ Object.freeze([
  Object.freeze({ rank: 5, min: D(90), max: D(100), includesMax: true }),
  Object.freeze({ rank: 4, min: D(70), max: D(90), includesMax: false }),
  Object.freeze({ rank: 3, min: D(50), max: D(70), includesMax: false }),
  Object.freeze({ rank: 2, min: D(30), max: D(50), includesMax: false }),
  Object.freeze({ rank: 1, min: D(0), max: D(30), includesMax: false }),
] as const);
const D100 = /* @__PURE__ */ D(100);

/** The options starFromScore knows: any other key is refused (a misspelling would be ignored). */
const STAR_FROM_SCORE_OPTIONS: readonly string[] = ['asOf'];

/**
 * The OCOP star rating (hạng sao, Chương trình "Mỗi xã một sản phẩm") a product's average
 * score out of 100 gives, under QĐ 148/QĐ-TTg (24/02/2023):
 *
 * | Hạng | Points | Recognised by (148 → 1489/QĐ-TTg, 06/7/2025) |
 * | --- | --- | --- |
 * | 5★ | 90–100 | central government |
 * | 4★ | 70 – < 90 | province |
 * | 3★ | 50 – < 70 | district → province |
 * | 2★, 1★ | 30 – < 50, < 30 | below the standard: not recognised |
 *
 * Bands are half-open (70 – < 90); QĐ 1048/QĐ-TTg (2019) published them as whole numbers
 * (70–89), which agree on integer scores; how 148 words a fractional average is
 * **(unverified)**. With `asOf`, the rules of that day decide who recognises the product:
 * before 24/02/2023 QĐ 1048 (3★ and 4★ by the province), then QĐ 148 (3★ by the district),
 * from 06/7/2025 QĐ 1489 (3★ by the province; whether 1489 took effect on signing is
 * **(unverified)**).
 *
 * @category Grassroots
 * @param score - the product's average score, from 0 to 100
 * @param options - `asOf`, the day of the rating
 * @returns the stars (null below 50 points, with a reason), the hạng, the band and who
 *   recognises the product
 * @throws {@link "chitieu"!ChitieuError} `invalid-number` for a score that is not a number,
 * `invalid-argument` for a score outside [0, 100] or a bad `asOf`
 * @example
 * ```ts
 * starFromScore(72).stars;
 * //=> 4
 * starFromScore(69.5);
 * //=> { stars: 3, rank: 3, recognisedBy: 'province', rule: 'qd-148-2023' }
 * starFromScore(65, { asOf: '2024-05-01' }).recognisedBy;
 * //=> 'district'
 * starFromScore(45);
 * //=> { stars: null, rank: 2, recognisedBy: null, reason: 'below-standard' }
 * starFromScore(101);
 * // throws ChitieuError invalid-argument
 * ```
 */
export function starFromScore(score: Numeric, options: OcopOptions = {}): OcopStar {
  checkOptionKeys(options, STAR_FROM_SCORE_OPTIONS);
  const value = toDecimal(score, ['score']);
  if (value.isNegative() || value.gt(D100)) {
    throw chitieuError('invalid-argument', 'an OCOP score from 0 to 100', {
      received: value.toString(),
      path: ['score'],
    });
  }
  const rules = ocopRulesAt(
    checkRecord(options, 'an options object', ['options']).asOf as string | undefined,
  );
  const band = BANDS.find((b) => value.gte(b.min)) ?? BANDS[4];
  const stars = band.rank >= 3 ? (band.rank as 3 | 4 | 5) : null;
  return {
    stars,
    rank: band.rank,
    score: value,
    band: { min: band.min, max: band.max, includesMax: band.includesMax },
    recognisedBy: stars === null ? null : rules.recognisedBy[stars],
    rule: rules.rule,
    recognitionRule: rules.recognitionRule,
    asOf: rules.asOf,
    reason: stars === null ? 'below-standard' : null,
  };
}
