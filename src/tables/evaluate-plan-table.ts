import type { Strictness } from '../attainment/attainment-schema.js';
import { evaluate } from '../attainment/evaluate.js';
import { DEFAULT_TOLERANCE } from '../attainment/resolve-evaluate-options.js';
import type { PercentReconciliation } from '../audit/percent-reconciliation-schema.js';
import { reconcilePercent } from '../audit/reconcile-percent.js';
import { isChitieuError } from '../errors.js';
import type { Direction } from '../indicator/measure-schema.js';
import { formatDecimalVi } from '../notation/format-vi-number.js';
import { Decimal } from '../numeric/decimal.js';
import type { LevelTarget, Target } from '../targets/target-schema.js';
import type { PlanTable, PlanTableRow } from './plan-table-types.js';
import type { PrintedVerdict, ResultCell } from './read-cells.js';
import { readPlanTable } from './read-plan-table.js';
import type { DirectionSource } from './row-indicator.js';
import { checkTableOptions, type EvaluatePlanTableOptions } from './table-options.js';

/**
 * A row's status: `exceeded` (vượt), `met` (đạt), `not-met` (không đạt), or `unchecked`
 * when no figure decides it (no target, no result, a text result, a range or hedge that
 * spans two statuses, an unreadable cell).
 *
 * @category Plans
 */
export type TableStatus = 'exceeded' | 'met' | 'not-met' | 'unchecked';

/**
 * How chitieu's verdict compares with the printed one: `agrees`; `convention` (both say
 * attained, one says met and the other exceeded: the publisher's way of naming it, not an
 * error); `inconsistent` (one says attained, the other not: the printed verdict disagrees
 * with the arithmetic).
 *
 * @category Plans
 */
export type VerdictAgreement = 'agrees' | 'convention' | 'inconsistent';

/**
 * The evaluation of one data row of a plan table.
 *
 * - `index`: the row's index in the input array; `label`;
 * - `status` and `attained` (true for exceeded or met, also when a range or hedge leaves
 *   only which of the two open; null when unknown);
 * - `printedStatus` (the printed verdict in the same union, null when none or "đạt và
 *   vượt") and `printedAttained`;
 * - `agreement` with the printed verdict, or null when either is unknown;
 * - `arithmetic`: the comparison made ("7,6 so với < 7,6"), or null;
 * - `direction` and where it came from (`directionFrom`: the target's bound, the
 *   catalogue, the indicator's words, or the higher-is-better default);
 * - `percent`: the printed percent reconciled with {@link reconcilePercent} against the
 *   plan figure or last year's (`percentAgainst`), or null;
 * - `reasons`: why the status is what it is, in English.
 *
 * @category Plans
 */
export interface PlanTableRowEvaluation {
  readonly index: number;
  readonly label: string;
  readonly status: TableStatus;
  readonly attained: boolean | null;
  readonly printedStatus: TableStatus | null;
  readonly printedAttained: boolean | null;
  readonly agreement: VerdictAgreement | null;
  readonly arithmetic: string | null;
  readonly direction: Direction;
  readonly directionFrom: DirectionSource;
  readonly percent: PercentReconciliation | null;
  readonly percentAgainst: 'plan' | 'previous' | null;
  readonly reasons: readonly string[];
}

/**
 * The counts of a plan table's evaluation: `rows` (data rows), `exceeded`, `met`, `notMet`,
 * `unchecked`, `attained` (rows attained, also those whose range leaves met or exceeded
 * open), `notAttained`; `printed` (rows with a printed verdict), `compared` (those with a
 * verdict of chitieu's too), `agreements`, `conventions`, `inconsistencies`;
 * `percentsChecked`, `percentsUnreproducible`; `unreadableCells`; `headings`, `emptyRows`.
 *
 * @category Plans
 */
export interface PlanTableSummary {
  readonly rows: number;
  readonly exceeded: number;
  readonly met: number;
  readonly notMet: number;
  readonly unchecked: number;
  readonly attained: number;
  readonly notAttained: number;
  readonly printed: number;
  readonly compared: number;
  readonly agreements: number;
  readonly conventions: number;
  readonly inconsistencies: number;
  readonly percentsChecked: number;
  readonly percentsUnreproducible: number;
  readonly unreadableCells: number;
  readonly headings: number;
  readonly emptyRows: number;
}

/**
 * What {@link evaluatePlanTable} returns: the `table` as read, one entry per data row in
 * input order (`rows`), and the `summary`.
 *
 * @category Plans
 */
export interface PlanTableEvaluation {
  readonly table: PlanTable;
  readonly rows: readonly PlanTableRowEvaluation[];
  readonly summary: PlanTableSummary;
}

type Status = Exclude<TableStatus, 'unchecked'>;
type End = Decimal | 'up' | 'down';

const vi = (x: Decimal): string => formatDecimalVi(x);

function isAttained(s: Status | PrintedVerdict): boolean {
  return s !== 'not-met';
}

/** The status at one end of the interval a result leaves: ±∞ are the far ends. */
function statusAt(
  end: End,
  target: Target,
  direction: Direction,
  strictness: Strictness,
  baseline: Decimal | null,
): Status {
  if (end === 'up') return direction === 'higher-is-better' ? 'exceeded' : 'not-met';
  if (end === 'down') return direction === 'higher-is-better' ? 'not-met' : 'exceeded';
  return evaluate(end, target, {
    direction,
    strictness,
    ...(baseline === null ? {} : { baseline }),
  }).status;
}

/** The ends of the interval a result leaves for the true figure. */
/**
 * A step far below the printed precision of `value`: an open end ("trên 4" is more than 4)
 * is evaluated this far inside, so 4 itself never decides it.
 */
function justInside(value: Decimal): Decimal {
  return new Decimal(10).pow(-(value.decimalPlaces() + 6));
}

function endsOf(result: ResultCell, value: Decimal): readonly [End, End] {
  const t = DEFAULT_TOLERANCE;
  switch (result.hedge) {
    case 'above':
      return [value.plus(justInside(value)), 'up'];
    case 'below':
      return ['down', value.minus(justInside(value))];
    case 'about':
      return [value.times(t.neg().plus(1)), value.times(t.plus(1))];
    case 'near':
      return [value.times(t.neg().plus(1)), value.minus(justInside(value))];
    default:
      return [value, result.max ?? value];
  }
}

const HEDGE_WORDS = { above: 'trên ', below: 'dưới ', about: 'khoảng ', near: 'gần ' } as const;

interface Verdict {
  status: TableStatus;
  attained: boolean | null;
  arithmetic: string | null;
  reasons: string[];
}

function unchecked(reason: string): Verdict {
  return { status: 'unchecked', attained: null, arithmetic: null, reasons: [reason] };
}

/** Judge a result interval against a target: one status, or the two ends' statuses. */
function judge(
  result: ResultCell,
  value: Decimal,
  target: Target,
  row: PlanTableRow,
  strictness: Strictness,
  baseline: Decimal | null,
): Verdict {
  const [lo, hi] = endsOf(result, value);
  const a = statusAt(lo, target, row.direction, strictness, baseline);
  const b = statusAt(hi, target, row.direction, strictness, baseline);
  const shown = `${result.hedge === null ? '' : HEDGE_WORDS[result.hedge]}${vi(value)}${result.max === null ? '' : ` - ${vi(result.max)}`}`;
  const arithmetic = `${shown} so với ${row.plan?.text ?? ''}${baseline === null ? '' : ` (năm trước ${vi(baseline)})`}`;
  if (a === b) return { status: a, attained: isAttained(a), arithmetic, reasons: [] };
  const both = isAttained(a) && isAttained(b);
  return {
    status: 'unchecked',
    attained: both ? true : null,
    arithmetic,
    reasons: [
      `the result "${result.text}" leaves the figure between ${a} and ${b}${both ? ' (attained either way)' : ''}`,
    ],
  };
}

/** The size of a change a result states, signed in the target's direction; null if none. */
function changeSize(
  row: PlanTableRow,
  target: Target & { kind: 'change' },
): { size: Decimal; hedge: ResultCell['hedge'] } | null {
  const r = row.result;
  const c = r?.form === 'change' ? r.change : (r?.contextChange ?? null);
  if (r === null || c === null || c.basis !== target.basis) return null;
  const size = c.direction === target.direction ? c.size : c.size.neg();
  return { size, hedge: r.form === 'change' ? r.hedge : null };
}

function sizeDirection(by: LevelTarget): Direction {
  return by.kind === 'at-most' ? 'lower-is-better' : 'higher-is-better';
}

/** Evaluate one item row. */
function verdictOf(row: PlanTableRow, strictness: Strictness | undefined): Verdict {
  const { plan, result, target } = row;
  if (plan === null && row.cells.plan === undefined)
    return unchecked('no plan figure (KH) in the row');
  if (plan === null) return unchecked('the plan cell could not be read');
  if (target === null) return unchecked(`the plan is text ("${plan.text}"), no figure to compare`);
  if (result === null)
    return unchecked(
      row.cells.result === undefined
        ? 'no result (TH) in the row'
        : 'the result cell could not be read',
    );
  if (result.form === 'text' || result.value === null)
    return unchecked(`the result is text ("${result.text}"), no figure decides it`);
  const rule = strictness ?? (plan.strictSymbol ? 'literal' : 'lenient');
  if (target.kind === 'change') {
    const stated = changeSize(row, target);
    if (stated !== null) {
      const sized: ResultCell = { ...result, hedge: stated.hedge, max: null };
      return judge(
        sized,
        stated.size,
        target.by,
        { ...row, direction: sizeDirection(target.by) },
        rule,
        null,
      );
    }
    if (result.form === 'change')
      return unchecked(
        `the result's change ("${result.text}") is not on the plan's basis (${target.basis})`,
      );
    if (row.previous === null)
      return unchecked(
        "a change target needs last year's figure (TH năm trước) or a change beside the result",
      );
    if (target.basis === 'percent' && row.previous.isZero())
      return unchecked("a change in percent from last year's 0");
    return judge(result, result.value, target, row, rule, row.previous);
  }
  if (result.form === 'change')
    return unchecked(`the result is a change ("${result.text}"), the plan a level`);
  if (plan.level !== null && result.level !== null) {
    const levelRow = { ...row, direction: 'lower-is-better' as const };
    const levelTarget: Target = { kind: 'at-most', value: plan.level, strict: false };
    const v = judge(
      { ...result, hedge: null, max: null },
      result.level,
      levelTarget,
      levelRow,
      rule,
      null,
    );
    return {
      ...v,
      arithmetic: `còn ${vi(result.level)} so với còn ${vi(plan.level)}`,
      reasons: [...v.reasons, 'the levels in parentheses ("còn …") compared'],
    };
  }
  return judge(result, result.value, target, row, rule, null);
}

function toStatus(v: PrintedVerdict | null): TableStatus | null {
  return v === null || v === 'attained' ? null : v;
}

/** Reconcile the printed percent with the result over the plan figure, else last year's. */
function checkPercent(row: PlanTableRow): {
  percent: PercentReconciliation | null;
  against: 'plan' | 'previous' | null;
  reason: string | null;
} {
  const p = row.printedPercent;
  const r = row.result;
  if (p === null || r === null || r.form !== 'figure' || r.value === null)
    return { percent: null, against: null, reason: null };
  const level = row.target?.kind === 'change' ? null : row.target;
  const planFigures =
    level === null ? [] : level.kind === 'range' ? [level.min, level.max] : [level.value];
  const tries: ['plan' | 'previous', Decimal][] = [
    ...planFigures.map((d): ['plan', Decimal] => ['plan', d]),
    ...(row.previous === null ? [] : [['previous', row.previous] as ['previous', Decimal]]),
  ].filter(([, d]) => !d.isZero());
  let first: { percent: PercentReconciliation; against: 'plan' | 'previous' } | null = null;
  for (const [against, d] of tries) {
    const percent = reconcilePercent(p.text, r.value, d);
    if (percent.consistent) return { percent, against, reason: null };
    first ??= { percent, against };
  }
  if (first === null)
    return {
      percent: null,
      against: null,
      reason: 'the printed percent has no non-zero figure to be reconciled against',
    };
  return {
    ...first,
    reason: `the printed percent ${p.text} is not the result over the plan nor over last year's figure under any rounding: ${first.percent.explanation}`,
  };
}

/** {@link verdictOf}, with a figure evaluate refuses reported as unchecked. */
function safeVerdict(row: PlanTableRow, strictness: Strictness | undefined): Verdict {
  try {
    return verdictOf(row, strictness);
  } catch (error) {
    if (!isChitieuError(error)) throw error;
    return unchecked(`the figures cannot be compared: ${error.message}`);
  }
}

function evaluateRow(
  row: PlanTableRow,
  strictness: Strictness | undefined,
): PlanTableRowEvaluation {
  const v = safeVerdict(row, strictness);
  const printedStatus = toStatus(row.printedVerdict);
  const printedAttained = row.printedVerdict === null ? null : isAttained(row.printedVerdict);
  let agreement: VerdictAgreement | null = null;
  const reasons = [...v.reasons, ...row.warnings];
  if (printedAttained !== null && v.attained !== null) {
    if (printedAttained !== v.attained) {
      agreement = 'inconsistent';
      reasons.push(
        `printed "${row.verdictText}" but ${v.arithmetic} is ${v.attained ? 'attained' : 'not attained'}${
          row.directionFrom === 'default'
            ? ' (taking higher as better: no bound, catalogue entry or word of the name says which way is good)'
            : ''
        }`,
      );
    } else if (printedStatus !== null && v.status !== 'unchecked' && printedStatus !== v.status) {
      agreement = 'convention';
      reasons.push(
        `printed "${row.verdictText}" where the arithmetic says ${v.status}: the publisher's way of naming it`,
      );
    } else {
      agreement = 'agrees';
    }
  }
  const pc = checkPercent(row);
  if (pc.reason !== null) reasons.push(pc.reason);
  return Object.freeze({
    index: row.index,
    label: row.label,
    status: v.status,
    attained: v.attained,
    printedStatus,
    printedAttained,
    agreement,
    arithmetic: v.arithmetic,
    direction: row.direction,
    directionFrom: row.directionFrom,
    percent: pc.percent,
    percentAgainst: pc.against,
    reasons: Object.freeze(reasons),
  });
}

function summarise(table: PlanTable, rows: readonly PlanTableRowEvaluation[]): PlanTableSummary {
  const count = (f: (r: PlanTableRowEvaluation) => boolean) => rows.filter(f).length;
  return Object.freeze({
    rows: rows.length,
    exceeded: count((r) => r.status === 'exceeded'),
    met: count((r) => r.status === 'met'),
    notMet: count((r) => r.status === 'not-met'),
    unchecked: count((r) => r.status === 'unchecked'),
    attained: count((r) => r.attained === true),
    notAttained: count((r) => r.attained === false),
    printed: count((r) => r.printedAttained !== null),
    compared: count((r) => r.agreement !== null),
    agreements: count((r) => r.agreement === 'agrees'),
    conventions: count((r) => r.agreement === 'convention'),
    inconsistencies: count((r) => r.agreement === 'inconsistent'),
    percentsChecked: count((r) => r.percent !== null),
    percentsUnreproducible: count((r) => r.percent !== null && !r.percent.consistent),
    unreadableCells: table.unreadable.length,
    headings: table.rows.filter((r) => r.kind === 'heading' || r.kind === 'parts').length,
    emptyRows: table.rows.filter((r) => r.kind === 'empty').length,
  });
}

/**
 * Read a plan table with {@link readPlanTable} and evaluate every data row: chitieu's
 * status from the figures, the printed verdict beside it, whether they agree, and the
 * printed percent reconciled with {@link reconcilePercent}.
 *
 * - Direction: a bound's ("dưới 4" is lower-is-better), else the catalogue's, else the
 *   indicator's words ({@link lowerIsBetterWords}), else higher-is-better.
 * - A bound printed as a symbol ("< 7,6") is strict in arithmetic: 7,6 does not meet it.
 *   A bound in words ("dưới 4", "trên 150") is read leniently; `options.strictness` sets
 *   both.
 * - A result range ("61-62") or hedge ("trên 46,8", "khoảng 24", "gần 80%") leaves an
 *   interval; the status is its ends' when they agree, else `unchecked` (with `attained`
 *   true when both ends are attained). "khoảng" and "gần" span ±5 % (a chitieu
 *   convention).
 * - A change target ("tăng 15%") is judged by the change the result states ("575 (tăng
 *   17%)", "tăng 17%") or from last year's figure; a growth rate's "tăng 7%" is the level 7.
 * - A figure with "(còn …)" in both cells: the levels are compared.
 *
 * Attained against not attained, when the printed verdict and the arithmetic disagree, is
 * `inconsistent`; met against exceeded is the publisher's `convention`, not an error.
 *
 * @category Plans
 * @param rows - the table's rows, each an array of cell strings
 * @param options - those of {@link readPlanTable}, and `strictness`
 * @returns the {@link PlanTableEvaluation}: one entry per data row, in input order
 * @throws {@link ChitieuError} `invalid-argument` as {@link readPlanTable} does
 * @example
 * ```ts
 * const { rows, summary } = evaluatePlanTable([
 *   ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2019', 'TH 2019', 'Đánh giá'],
 *   ['1', 'Tỷ lệ hộ nghèo giảm', '%', '1-1,5', '1,1', 'Vượt'],
 *   ['2', 'Tỷ lệ thất nghiệp khu vực thành thị', '%', '< 7,6', '7,6', 'Đạt'],
 *   ['3', 'Chỉ số giá tiêu dùng (CPI)', '%', 'Khoảng 4', '2,79', 'Vượt'],
 * ]);
 * rows.map((r) => [r.status, r.printedStatus, r.agreement]);
 * //=> [['met', 'exceeded', 'convention'], ['not-met', 'met', 'inconsistent'], ['exceeded', 'exceeded', 'agrees']]
 * summary.inconsistencies;
 * //=> 1
 * ```
 */
export function evaluatePlanTable(
  rows: readonly (readonly string[])[],
  options?: EvaluatePlanTableOptions,
): PlanTableEvaluation {
  const { strictness, ...read } = checkTableOptions(options, true);
  const table = readPlanTable(rows, read);
  const evaluated = table.rows
    .filter((row) => row.kind === 'item')
    .map((row) => evaluateRow(row, strictness));
  return Object.freeze({
    table,
    rows: Object.freeze(evaluated),
    summary: summarise(table, evaluated),
  });
}
