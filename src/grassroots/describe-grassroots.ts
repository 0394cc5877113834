import { chitieuError } from '../errors.js';
import { formatDecimalVi } from '../notation/format-vi-number.js';
import {
  HOUSE_ROUNDING,
  type RoundingOptions,
  resolveRounding,
} from '../notation/house-rounding.js';
import { Decimal } from '../numeric/decimal.js';
import { checkRecord } from '../validation/check-argument.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import { parseWithSchema } from '../validation/parse-with-schema.js';
import { type ClassificationTally, classificationTallySchema } from './classification-schema.js';
import { type OcopRecogniser, type OcopTally, ocopTallySchema } from './ocop-schema.js';

/**
 * Options for {@link describeClassification}.
 *
 * @category Grassroots
 */
export interface DescribeClassificationOptions extends RoundingOptions {
  /** Add the top level's percent after the count: "18/20 xã, thị trấn (90%)"; false unless given. */
  readonly withPercent?: boolean;
  // decimals, rounding: of the percent, {@link HOUSE_ROUNDING} (1 decimal, truncated) unless given
}

function count(n: number): string {
  return formatDecimalVi(new Decimal(n));
}

/** The options describeClassification knows: any other key is refused (a misspelling would be ignored). */
const DESCRIBE_CLASSIFICATION_OPTIONS: readonly string[] = ['decimals', 'rounding', 'withPercent'];

/**
 * Say the classification of one or more sets of units the way a sơ kết report does: for each
 * tally "18/20 xã, thị trấn đạt vững mạnh toàn diện" (its top level), then "không có xã, thị
 * trấn, cụm yếu kém" for the tallies with no weak unit, then "có 1 xã, thị trấn yếu kém" for
 * those with some. Each scale's own weak phrase is used ("không có phường chưa tốt"); tallies
 * with the same phrase share one clause. A tally whose top count or weak count is not known
 * says nothing about it.
 *
 * @category Grassroots
 * @param tallies - one tally or several (communes, then clusters), from
 *   {@link classificationTally}
 * @param options - percent after the count, with its decimals and rounding
 * @returns the clause, without a final full stop
 * @throws {@link "chitieu"!ChitieuError} `invalid-argument` for a malformed tally (read through
 * `classificationTallySchema`; path `['tallies', …]`), bad decimals or rounding
 * @example
 * ```ts
 * const communes = classificationTally({ counts: { 'vung-manh-toan-dien': 18, yeu: 0 }, total: 20 });
 * const clusters = classificationTally({ counts: { 'an-toan-lam-chu': 6 } }, { scale: clusterClassificationScale });
 * describeClassification([communes, clusters]);
 * //=> '18/20 xã, thị trấn đạt vững mạnh toàn diện, 6/6 cụm đạt cụm an toàn làm chủ, không có xã, thị trấn, cụm yếu kém'
 * describeClassification(communes, { withPercent: true });
 * //=> '18/20 xã, thị trấn (90%) đạt vững mạnh toàn diện, không có xã, thị trấn yếu kém'
 * ```
 */
export function describeClassification(
  tallies: ClassificationTally | readonly ClassificationTally[],
  options: DescribeClassificationOptions = {},
): string {
  checkOptionKeys(options, DESCRIBE_CLASSIFICATION_OPTIONS);
  checkRecord(options, 'an options object', ['options']);
  // Tallies may come back from JSON or be hand-made: read each through its schema.
  const read = (tally: unknown, path: (string | number)[]): ClassificationTally =>
    parseWithSchema(
      classificationTallySchema,
      tally,
      'invalid-argument',
      'a classification tally from classificationTally()',
      path,
    );
  const list: readonly ClassificationTally[] = Array.isArray(tallies)
    ? tallies.map((t, i) => read(t, ['tallies', i]))
    : [read(tallies, ['tallies'])];
  const r = resolveRounding(options, ['options'], HOUSE_ROUNDING.decimals);
  const clauses: string[] = [];
  const noneWeak = new Map<string, string[]>();
  const someWeak: string[] = [];
  for (const tally of list) {
    const { scale, top } = tally;
    if (top.count !== null) {
      const percent =
        options.withPercent === true && top.percent !== null
          ? ` (${formatDecimalVi(top.percent, r)}%)`
          : '';
      clauses.push(
        `${count(top.count)}/${count(top.total)} ${scale.unitNoun}${percent} đạt ${scale.topPhrase}`,
      );
    }
    if (tally.noneWeak === true) {
      // Each scale names its own weak level: group the units by that phrase.
      const nouns = noneWeak.get(scale.weakPhrase);
      if (nouns === undefined) noneWeak.set(scale.weakPhrase, [scale.unitNoun]);
      else nouns.push(scale.unitNoun);
    } else if (tally.weak.count !== null && tally.weak.count > 0) {
      someWeak.push(`có ${count(tally.weak.count)} ${scale.unitNoun} ${scale.weakPhrase}`);
    }
  }
  for (const [phrase, nouns] of noneWeak) {
    clauses.push(`không có ${nouns.join(', ')} ${phrase}`);
  }
  clauses.push(...someWeak);
  return clauses.join(', ');
}

/**
 * Options for {@link describeOcop}.
 *
 * @category Grassroots
 */
export interface DescribeOcopOptions {
  /** The products are new in the period: "có thêm …" (the default); false gives "có …". */
  readonly added?: boolean;
  /** Name who recognises each star: "hạng 3 sao cấp tỉnh"; false unless given. */
  readonly withRecognition?: boolean;
}

const RECOGNISER_WORDS: Readonly<Record<OcopRecogniser, string>> = {
  central: 'cấp quốc gia',
  province: 'cấp tỉnh',
  district: 'cấp huyện',
};

/** The options describeOcop knows: any other key is refused (a misspelling would be ignored). */
const DESCRIBE_OCOP_OPTIONS: readonly string[] = ['added', 'withRecognition'];

/**
 * Say the OCOP products of a period: "có thêm 10 sản phẩm đạt chuẩn OCOP hạng 3 sao", with
 * further stars as ", 2 sản phẩm hạng 4 sao" (3★ first). With `withRecognition`, each star
 * is followed by who recognises it under the tally's rules ("hạng 3 sao cấp tỉnh"). With no
 * recognised product: "không có thêm sản phẩm đạt chuẩn OCOP".
 *
 * @category Grassroots
 * @param tally - from {@link ocopTally}
 * @param options - whether the products are new, and whether to name the recognising level
 * @returns the clause, without a final full stop
 * @throws {@link "chitieu"!ChitieuError} `invalid-argument` for a malformed tally (read through
 * `ocopTallySchema`; path `['tally', …]`) or options that are not booleans
 * @example
 * ```ts
 * describeOcop(ocopTally({ 3: 10 }));
 * //=> 'có thêm 10 sản phẩm đạt chuẩn OCOP hạng 3 sao'
 * describeOcop(ocopTally({ 3: 10 }, { asOf: '2021-12-31' }), { withRecognition: true });
 * //=> 'có thêm 10 sản phẩm đạt chuẩn OCOP hạng 3 sao cấp tỉnh'
 * describeOcop(ocopTally({ 3: 4, 4: 2 }), { added: false });
 * //=> 'có 4 sản phẩm đạt chuẩn OCOP hạng 3 sao, 2 sản phẩm hạng 4 sao'
 * ```
 */
export function describeOcop(tally: OcopTally, options: DescribeOcopOptions = {}): string {
  checkOptionKeys(options, DESCRIBE_OCOP_OPTIONS);
  checkRecord(options, 'an options object', ['options']);
  const added = options.added ?? true;
  const withRecognition = options.withRecognition ?? false;
  if (typeof added !== 'boolean' || typeof withRecognition !== 'boolean') {
    throw chitieuError('invalid-argument', 'options added and withRecognition to be booleans', {
      received: typeof added !== 'boolean' ? added : withRecognition,
      path: ['options', typeof added !== 'boolean' ? 'added' : 'withRecognition'],
    });
  }
  const t = parseWithSchema(
    ocopTallySchema,
    tally,
    'invalid-argument',
    'an OCOP tally from ocopTally()',
    ['tally'],
  );
  const lead = added ? 'có thêm' : 'có';
  const parts: string[] = [];
  for (const stars of [3, 4, 5] as const) {
    const n = t.byStars[stars];
    if (n === 0) continue;
    const level = withRecognition ? ` ${RECOGNISER_WORDS[t.recognisedBy[stars]]}` : '';
    parts.push(
      parts.length === 0
        ? `${lead} ${count(n)} sản phẩm đạt chuẩn OCOP hạng ${stars} sao${level}`
        : `${count(n)} sản phẩm hạng ${stars} sao${level}`,
    );
  }
  if (parts.length === 0) return `không ${lead} sản phẩm đạt chuẩn OCOP`;
  return parts.join(', ');
}
