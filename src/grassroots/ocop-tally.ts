import { chitieuError } from '../errors.js';
import { checkCount, checkRecord } from '../validation/check-argument.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import type { OcopOptions } from './ocop.js';
import { ocopRulesAt } from './ocop-rules.js';
import type { OcopTally } from './ocop-schema.js';

/**
 * A rated OCOP product: its stars (3, 4 or 5; null when it did not reach the standard) and
 * optionally its name. The results of {@link starFromScore} fit.
 *
 * @category Grassroots
 */
export interface OcopProduct {
  readonly product?: string;
  readonly stars: 3 | 4 | 5 | null;
}

/**
 * OCOP products counted by star, as a report gives them: `{ 3: 10 }` for "10 sản phẩm đạt
 * chuẩn OCOP hạng 3 sao". Stars left out count 0.
 *
 * @category Grassroots
 */
export interface OcopCounts {
  readonly 3?: number;
  readonly 4?: number;
  readonly 5?: number;
}

/** The options ocopTally knows: any other key is refused (a misspelling would be ignored). */
const OCOP_TALLY_OPTIONS: readonly string[] = ['asOf'];

/**
 * Count OCOP products by star ("có thêm 10 sản phẩm đạt chuẩn OCOP hạng 3 sao"), with who
 * recognises each star under the rules in force at `asOf` (see {@link starFromScore}).
 * Describe it with {@link describeOcop}.
 *
 * @category Grassroots
 * @param products - the rated products (or results of {@link starFromScore}), or counts by
 *   star (`{ 3: 10 }`)
 * @param options - `asOf`, the day the rules are taken at
 * @returns counts by star, recognised and not, and the recognising level of each star
 * @throws {@link "chitieu"!ChitieuError} `invalid-argument` for stars other than 3, 4, 5 or null (path
 * `['products', i, 'stars']`), a bad count (path `['products', '3']`) or a bad `asOf`
 * @example
 * ```ts
 * const t = ocopTally({ 3: 10 }, { asOf: '2021-12-31' });
 * [t.byStars[3], t.recognisedBy[3]];
 * //=> [10, 'province']
 * ocopTally([{ stars: 3 }, { stars: 5 }, starFromScore(40)]).byStars;
 * //=> { 3: 1, 4: 0, 5: 1 }
 * ```
 */
export function ocopTally(
  products: readonly OcopProduct[] | OcopCounts,
  options: OcopOptions = {},
): OcopTally {
  checkOptionKeys(options, OCOP_TALLY_OPTIONS);
  const rules = ocopRulesAt(
    checkRecord(options, 'an options object', ['options']).asOf as string | undefined,
  );
  const byStars = { 3: 0, 4: 0, 5: 0 };
  if (!Array.isArray(products)) {
    const counts = checkRecord(products, 'an array of products ({ stars }) or counts by star', [
      'products',
    ]);
    for (const [key, value] of Object.entries(counts)) {
      if (key !== '3' && key !== '4' && key !== '5') {
        throw chitieuError('invalid-argument', 'counts for 3, 4 or 5 stars', {
          received: key,
          path: ['products', key],
        });
      }
      byStars[key] = checkCount(value, ['products', key]);
    }
    const recognised = byStars[3] + byStars[4] + byStars[5];
    return {
      total: recognised,
      recognised,
      notRecognised: 0,
      byStars,
      recognisedBy: rules.recognisedBy,
      recognitionRule: rules.recognitionRule,
      asOf: rules.asOf,
    };
  }
  let notRecognised = 0;
  (products as readonly unknown[]).forEach((raw, i) => {
    const entry = checkRecord(raw, 'a product ({ stars })', ['products', i]);
    const stars = entry.stars;
    if (stars === null) {
      notRecognised += 1;
    } else if (stars === 3 || stars === 4 || stars === 5) {
      byStars[stars] += 1;
    } else {
      throw chitieuError('invalid-argument', 'stars of 3, 4, 5 or null (not recognised)', {
        received: stars,
        path: ['products', i, 'stars'],
      });
    }
  });
  return {
    total: products.length,
    recognised: products.length - notRecognised,
    notRecognised,
    byStars,
    recognisedBy: rules.recognisedBy,
    recognitionRule: rules.recognitionRule,
    asOf: rules.asOf,
  };
}
