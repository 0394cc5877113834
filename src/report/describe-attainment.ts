import type { Attainment } from '../attainment/attainment-schema.js';
import type { Change } from '../attainment/change-schema.js';
import { MEASURES } from '../attainment/option-checks.js';
import { chitieuError, type ErrorPath } from '../errors.js';
import type { Direction, Measure } from '../indicator/measure-schema.js';
import { DIRECTIONS } from '../indicator/measure-values.js';
import { formatDecimalVi } from '../notation/format-vi-number.js';
import {
  HOUSE_ROUNDING,
  type ResolvedRounding,
  type RoundingOptions,
  resolveRounding,
} from '../notation/house-rounding.js';
import { Decimal, type Numeric } from '../numeric/decimal.js';
import { decimalRoundingMode } from '../numeric/rounding.js';
import { toDecimal } from '../numeric/to-decimal.js';
import type { PendingReason, PlanItemResult } from '../plan/plan-result-schema.js';
import type { ReportedStatus } from '../plan/plan-schema.js';
import { checkOneOf } from '../validation/check-argument.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import { changePhrase } from './describe-change.js';
import { readAttainment, readChange, readItemResult } from './read-results.js';
import {
  checkText,
  choiceOption,
  flagOption,
  NOT_MET_WORDS,
  type NotMetWord,
  type OptionRecord,
  readOptions,
  textOption,
} from './report-options.js';

/**
 * A figure to describe without a plan: its label (a Vietnamese noun phrase), the actual
 * figure, its unit, and optionally the {@link Attainment} and {@link Change} computed for it.
 * `measure` and `direction` default to those the attainment or change carries.
 *
 * @category Report
 */
export interface AttainmentFigure {
  /** The noun phrase: "kết nạp đảng viên mới", "tỷ lệ hộ nghèo". */
  readonly label: string;
  /** The figure; the attainment's `actual` when absent; no figure → "chưa có số liệu". */
  readonly actual?: Numeric | null | undefined;
  /** Unit of the figure ("đảng viên", "%", "tỷ đồng"), or null. */
  readonly unit?: string | null | undefined;
  readonly attainment?: Attainment | null | undefined;
  readonly change?: Change | null | undefined;
  /** The period of the baseline: "năm 2020" → "… so với năm 2020". */
  readonly baselineLabel?: string | undefined;
  readonly measure?: Measure | null | undefined;
  readonly direction?: Direction | undefined;
}

/**
 * Options of {@link describeAttainment}.
 *
 * @category Report
 */
export interface DescribeAttainmentOptions extends RoundingOptions {
  // decimals, rounding: of the percent of plan, {@link HOUSE_ROUNDING} unless given
  // (1 decimal, truncated: 169/150 = 112,666…% is printed "112,6%", as Hà Tĩnh does).
  /** The plan word: `'kế hoạch'` unless given (`'kế hoạch năm'`, `'nghị quyết'`). */
  readonly planWord?: string;
  /** `'chưa đạt'` (default) or `'không đạt'` for an item short of plan. */
  readonly notMetWord?: 'chưa đạt' | 'không đạt';
  /** For a rate's change: "giảm 1,02 điểm phần trăm" instead of "giảm 1,02%". */
  readonly pointsWord?: boolean;
  /** The verb before the figure when the label does not hold the unit ("đạt", "còn", "là"). */
  readonly verb?: string;
}

/** @internal An item to describe, its fields checked. */
export interface Described {
  readonly label: string;
  readonly actual: Decimal | null;
  readonly unit: string | null;
  readonly measure: Measure | null;
  readonly direction: Direction | null;
  readonly attainment: Attainment | null;
  readonly change: Change | null;
  readonly baselineLabel: string | undefined;
  readonly pendingReason: PendingReason | null;
  readonly reportedStatus: ReportedStatus | undefined;
  readonly targetText: string | undefined;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

function optionalText(value: unknown, path: ErrorPath): string | undefined {
  return value === undefined ? undefined : checkText(value, path);
}

/** @internal What to describe, from a plan item result already checked. */
export function fromResult(r: PlanItemResult): Described {
  const { item } = r;
  const indicator = item.indicator;
  return {
    label: item.label ?? lowerFirst(indicator.name),
    actual: item.actual ?? null,
    // an inline indicator's unit may carry spaces ("tỷ đồng "): say it without them
    unit: indicator.unit?.trim() ?? null,
    measure: indicator.measure,
    direction: indicator.direction,
    attainment: r.attainment,
    change: r.change,
    baselineLabel: item.baselineLabel,
    pendingReason: r.pendingReason,
    reportedStatus: item.reportedStatus,
    targetText: item.targetText,
  };
}

/** What to describe, from a figure given by hand: every field checked (path `['item', …]`). */
function fromFigure(input: Readonly<Record<string, unknown>>): Described {
  const label = checkText(input.label, ['item', 'label']);
  const attainment =
    input.attainment === undefined || input.attainment === null
      ? null
      : readAttainment(input.attainment, ['item', 'attainment']);
  const change =
    input.change === undefined || input.change === null
      ? null
      : readChange(input.change, ['item', 'change']);
  const given = input.actual;
  const actual =
    given === undefined || given === null
      ? (attainment?.actual ?? null)
      : toDecimal(given as Numeric, ['item', 'actual']);
  const unit = input.unit === null ? null : (optionalText(input.unit, ['item', 'unit']) ?? null);
  return {
    label,
    actual,
    unit,
    measure:
      checkOneOf(input.measure ?? undefined, MEASURES, undefined, ['item', 'measure']) ??
      attainment?.measure ??
      change?.measure ??
      null,
    direction:
      checkOneOf(input.direction, DIRECTIONS, undefined, ['item', 'direction']) ??
      attainment?.direction ??
      null,
    attainment,
    change,
    baselineLabel: optionalText(input.baselineLabel, ['item', 'baselineLabel']),
    // only 'no-baseline' changes the sentence, and a figure given by hand never awaits a baseline
    pendingReason: null,
    reportedStatus: undefined,
    targetText: undefined,
  };
}

/**
 * What to describe: a plan item result (told apart by its `item` field; one loaded back from
 * JSON must be read with parsePlanItemResult first) or a figure given by hand.
 */
function fromInput(input: unknown): Described {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw chitieuError(
      'invalid-argument',
      'a plan item result or { label, actual, unit, attainment?, change? }',
      { received: input, path: ['item'] },
    );
  }
  const fields = input as Readonly<Record<string, unknown>>;
  return 'item' in fields && !('label' in fields)
    ? fromResult(readItemResult(input, ['item']))
    : fromFigure(fields);
}

/** Where `unit` occurs in `label` as whole words, or -1. */
function unitIndex(label: string, unit: string): number {
  const lower = label.toLocaleLowerCase('vi');
  const needle = unit.toLocaleLowerCase('vi');
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
    const before = at === 0 ? ' ' : lower.charAt(at - 1);
    const after = lower.charAt(at + needle.length);
    if (before === ' ' && (after === '' || after === ' ' || after === ',')) return at;
  }
  return -1;
}

/** The place of the figure in a label, written by hand: "thành lập mới {value} hợp tác xã". */
const PLACEHOLDER = '{value}';

/** @internal A label without its `{value}` placeholder, for sentences that give no figure. */
export function plainLabel(label: string): string {
  return label.includes(PLACEHOLDER)
    ? label.replace(PLACEHOLDER, ' ').replace(/\s+/g, ' ').trim()
    : label;
}

/** "kết nạp 169 đảng viên mới", "tỷ lệ hộ nghèo còn 3,96%", "thu ngân sách đạt 72 tỷ đồng". */
function figurePhrase(d: Described, actual: Decimal, verb: string | undefined): string {
  const number = formatDecimalVi(actual);
  const isPercent = d.unit === '%' || (d.measure === 'rate' && d.unit === null);
  if (d.label.includes(PLACEHOLDER)) {
    return d.label.replace(PLACEHOLDER, isPercent ? `${number}%` : number);
  }
  if (!isPercent && d.unit !== null && d.unit !== '') {
    const at = unitIndex(d.label, d.unit);
    if (at !== -1) {
      // "Số xã đạt chuẩn" with a figure reads "4 xã đạt chuẩn": "số" (the number of) goes.
      const head = d.label.slice(0, at);
      const prefix = /^số\s+$/iu.test(head) ? '' : head;
      return `${prefix}${number} ${d.label.slice(at)}`;
    }
  }
  const figure = isPercent ? `${number}%` : d.unit ? `${number} ${d.unit}` : number;
  const word =
    verb ??
    (d.direction === 'lower-is-better'
      ? d.change?.direction === 'increase'
        ? 'là'
        : 'còn'
      : 'đạt');
  return `${d.label} ${word} ${figure}`;
}

const HUNDRED = /* @__PURE__ */ new Decimal(100);

/** Whether a bigger compared value is better: the percent of plan then reads naturally. */
function higherIsBetter(a: Attainment): boolean {
  const up = a.direction === 'higher-is-better';
  return a.target.kind === 'change' ? up === (a.target.direction === 'increase') : up;
}

function attainmentPhrase(a: Attainment, w: AttainmentWording): string {
  const { planWord, notMetWord } = w;
  const shown =
    a.percentOfPlan !== null && higherIsBetter(a)
      ? w.decimals === 'exact'
        ? a.percentOfPlan
        : a.percentOfPlan.toDecimalPlaces(w.decimals, decimalRoundingMode(w.rounding))
      : null;
  const pct = shown === null ? '' : `${formatDecimalVi(shown)}%`;
  switch (a.status) {
    case 'exceeded':
      return shown?.gt(HUNDRED) ? `đạt ${pct} ${planWord}` : `vượt ${planWord}`;
    case 'met':
      return shown?.eq(HUNDRED) ? `đạt ${pct} ${planWord}` : `đạt ${planWord}`;
    case 'not-met':
      return shown?.lt(HUNDRED)
        ? `đạt ${pct} ${planWord}, ${notMetWord} kế hoạch`
        : `${notMetWord} ${planWord}`;
  }
}

const REPORTED: Readonly<Record<ReportedStatus, string>> = {
  exceeded: 'vượt',
  met: 'đạt',
  'not-met': 'chưa đạt',
  attained: 'đạt và vượt',
};

/** The options describeAttainment knows: any other key is refused (a misspelling would be ignored). */
const DESCRIBE_ATTAINMENT_OPTIONS: readonly string[] = [
  'decimals',
  'notMetWord',
  'planWord',
  'pointsWord',
  'rounding',
  'verb',
];

/**
 * Say how one item stands against its plan, in Vietnamese, as district reports write it:
 *
 * - exceeded: "kết nạp 169 đảng viên mới, tăng 121 đảng viên so với năm 2020, đạt 112,6%
 *   kế hoạch năm" (the percentage above 100 says "vượt"; when it is not meaningful, "vượt
 *   kế hoạch");
 * - met: "đạt 100% kế hoạch" on the value, "đạt kế hoạch" inside a range or near "khoảng";
 * - not met: "đạt 95,5% kế hoạch, chưa đạt kế hoạch" (or "không đạt" with `notMetWord`);
 * - a lower-is-better figure (tỷ lệ hộ nghèo) has no percent of plan: "vượt kế hoạch", "đạt
 *   kế hoạch", "chưa đạt kế hoạch";
 * - a figure without a plan: the figure and its change, "tỷ lệ hộ nghèo còn 3,96%, giảm
 *   1,02%";
 * - pending: "…: chưa có số liệu", with the target phrase when the item has one ("(chỉ
 *   tiêu: đạt 72 tỷ đồng)"), or the status the publisher states without a figure ("…: đạt
 *   và vượt kế hoạch (không nêu số liệu)").
 *
 * The percent of plan is rounded by {@link HOUSE_ROUNDING} (1 decimal, truncated) unless
 * told otherwise; figures are printed
 * exactly in Vietnamese notation. A label that holds the unit gets the figure before it
 * ("kết nạp đảng viên mới" → "kết nạp 169 đảng viên mới"; "số xã đạt chuẩn" → "4 xã đạt
 * chuẩn"); otherwise the figure follows a verb: "đạt", or "còn" for a lower-is-better figure.
 * Where the unit is part of another word group ("hợp tác xã"), put `{value}` in the label
 * where the figure goes: "thành lập mới {value} hợp tác xã".
 * Lower case, to sit inside a sentence.
 *
 * @category Report
 * @param item - a {@link PlanItemResult} from {@link evaluatePlan}, or an {@link AttainmentFigure}
 * @param options - decimals, rounding, planWord, notMetWord, pointsWord, verb
 * @returns the Vietnamese phrase
 * @throws {@link ChitieuError} `invalid-argument` for a malformed item (path `['item', …]`;
 * a plan item result, or the attainment and change of a figure, loaded back from JSON must
 * be read first with parsePlanItemResult, parseAttainment or parseChange of
 * `chitieu/schemas`) or bad options (path `['options', …]`); `invalid-number` for a
 * figure's `actual` that is not a number
 * @example
 * ```ts
 * const target = parseTarget('trên 150 đảng viên').target;
 * describeAttainment(
 *   { label: 'kết nạp đảng viên mới', unit: 'đảng viên', attainment: evaluate(169, target), change: change(169, 48), baselineLabel: 'năm 2020' },
 *   { planWord: 'kế hoạch năm' },
 * );
 * //=> 'kết nạp 169 đảng viên mới, tăng 121 đảng viên so với năm 2020, đạt 112,6% kế hoạch năm'
 * describeAttainment({ label: 'thu ngân sách trên địa bàn', unit: 'tỷ đồng', attainment: evaluate(65, parseTarget('đạt 72 tỷ đồng').target) });
 * //=> 'thu ngân sách trên địa bàn đạt 65 tỷ đồng, đạt 90,2% kế hoạch, chưa đạt kế hoạch'
 * describeAttainment({ label: 'tỷ lệ hộ nghèo', actual: '3.96', unit: '%', direction: 'lower-is-better', change: change('3.96', '4.98', { measure: 'rate' }) });
 * //=> 'tỷ lệ hộ nghèo còn 3,96%, giảm 1,02%'
 * describeAttainment({ label: 'thu ngân sách trên địa bàn', unit: 'tỷ đồng' });
 * //=> 'thu ngân sách trên địa bàn: chưa có số liệu'
 * const stored = JSON.parse(JSON.stringify(evaluate(169, target)));
 * describeAttainment({ label: 'kết nạp đảng viên mới', unit: 'đảng viên', attainment: parseAttainment(stored) });
 * //=> 'kết nạp 169 đảng viên mới, đạt 112,6% kế hoạch'
 * describeAttainment({ label: 'kết nạp đảng viên mới', actual: 169 }, null);
 * // throws ChitieuError invalid-argument
 * ```
 */
export function describeAttainment(
  item: PlanItemResult | AttainmentFigure,
  options: DescribeAttainmentOptions = {},
): string {
  checkOptionKeys(options, DESCRIBE_ATTAINMENT_OPTIONS);
  const w = readAttainmentOptions(readOptions(options));
  return itemSentence(fromInput(item), w);
}

/** @internal The options of {@link describeAttainment}, checked. */
export interface AttainmentWording extends ResolvedRounding {
  readonly planWord: string;
  readonly notMetWord: NotMetWord;
  readonly pointsWord: boolean;
  readonly verb: string | undefined;
}

/** @internal Check the options of {@link describeAttainment} (path `['options', …]`). */
export function readAttainmentOptions(o: OptionRecord): AttainmentWording {
  return {
    ...resolveRounding(o, ['options'], HOUSE_ROUNDING.decimals),
    planWord: textOption(o, 'planWord') ?? 'kế hoạch',
    notMetWord: choiceOption(o, 'notMetWord', NOT_MET_WORDS, 'chưa đạt'),
    pointsWord: flagOption(o, 'pointsWord') ?? false,
    verb: textOption(o, 'verb'),
  };
}

/** A figure's change is printed exactly, as the figures it comes from. */
const EXACT: ResolvedRounding = { decimals: 'exact', rounding: HOUSE_ROUNDING.rounding };

/** @internal The phrase for an item already checked, with options already checked. */
export function itemSentence(d: Described, w: AttainmentWording): string {
  const { planWord } = w;
  if (d.actual === null) {
    const label = plainLabel(d.label);
    if (d.reportedStatus !== undefined) {
      return `${label}: ${REPORTED[d.reportedStatus]} ${planWord} (không nêu số liệu)`;
    }
    return `${label}: chưa có số liệu${d.targetText === undefined ? '' : ` (chỉ tiêu: ${lowerFirst(d.targetText)})`}`;
  }
  let out = figurePhrase(d, d.actual, w.verb);
  if (d.change !== null) {
    const unit = d.unit ?? ''; // trimmed already by fromResult / fromFigure
    const since = d.baselineLabel?.trim() ?? '';
    const wording = {
      unit: unit === '' ? null : unit,
      since: since === '' ? undefined : since,
      absolute: EXACT,
      relative: EXACT,
      pointsWord: w.pointsWord,
      inPercent: false,
    } as const;
    out += `, ${changePhrase(d.change, wording, ['item', 'change'])}`;
  }
  if (d.attainment !== null) {
    out += `, ${attainmentPhrase(d.attainment, w)}`;
  } else if (d.pendingReason === 'no-baseline') {
    out += `, chưa đánh giá được so với ${planWord} (thiếu số liệu kỳ gốc)`;
  } else if (d.reportedStatus !== undefined) {
    out += `, ${REPORTED[d.reportedStatus]} ${planWord}`;
  }
  return out;
}
