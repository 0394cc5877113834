import type { ChangePhrase } from '../audit/change-phrase-schema.js';
import type { Decimal } from '../numeric/decimal.js';

/**
 * What a claim states (loại khẳng định số liệu):
 *
 * - `tally`: indicators met out of a list ("18/31 chỉ tiêu vượt và đạt kế hoạch");
 * - `percent-of-plan`: attainment of a plan ("đạt 112,6% kế hoạch", "bằng 105% dự toán");
 * - `change`: a change ("tăng 119 so với năm trước", "giảm 0,87%");
 * - `share`: a share of a whole, without its count ("nông, lâm, thủy sản chiếm 36,11%");
 * - `part-of-whole`: a count out of a whole ("1.702/1.718 thôn", "564 nữ (20,14%)");
 * - `level`: a level reached ("thu nhập bình quân đầu người đạt 46,3 triệu đồng");
 * - `sum`: counts with their stated total ("68 đảng bộ và 31 chi bộ cơ sở, tổng 99").
 *
 * @category Audit
 */
export type ClaimKind =
  | 'tally'
  | 'percent-of-plan'
  | 'change'
  | 'share'
  | 'part-of-whole'
  | 'level'
  | 'sum';

/**
 * Where a claim or figure sits in the text: UTF-16 offsets, `text.slice(start, end)`.
 *
 * @category Audit
 */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * The part a figure plays in its claim: `count` and `total` of a part-of-whole or tally,
 * `percent` printed with it, `actual` and `plan` of a percent-of-plan, `current`,
 * `previous` and `change` of a change, `part` and `total` of a sum, `level`.
 *
 * @category Audit
 */
export type FigureRole =
  | 'count'
  | 'total'
  | 'percent'
  | 'actual'
  | 'plan'
  | 'current'
  | 'previous'
  | 'change'
  | 'part'
  | 'level';

/**
 * One figure of a claim, as printed and as read.
 *
 * @category Audit
 */
export interface ClaimFigure {
  readonly role: FigureRole;
  /** The value, exact (a percentage as its number: "20,14%" → 20.14). */
  readonly value: Decimal;
  /** As printed ("1.351", "20,14%"). */
  readonly text: string;
  /** Digits printed after the decimal comma. */
  readonly decimals: number;
  /** Printed with "%". */
  readonly percent: boolean;
  readonly span: TextSpan;
}

/**
 * One quantitative claim found by {@link readReport}.
 *
 * - `kind`: see {@link ClaimKind}; `span`, `quote`: where it is and its words;
 * - `figures`: every figure it uses, each with its role;
 * - `unit`: the unit after the main figure ("đảng viên", "%", "triệu đồng"), or null;
 * - `subject`: the words naming what is counted or measured, or null;
 * - `period`: the period words of its sentence ("năm 2023", "6 tháng đầu năm 2020"), or null;
 * - `group`: shares and parts of one whole share a group id ("g1"); null otherwise;
 * - `change`: for a `change` claim, its phrase as {@link readChangePhrase} reads it;
 * - `sentence`: the span of its sentence.
 *
 * @category Audit
 */
export interface Claim {
  readonly kind: ClaimKind;
  readonly span: TextSpan;
  readonly quote: string;
  readonly figures: readonly ClaimFigure[];
  readonly unit: string | null;
  readonly subject: string | null;
  readonly period: string | null;
  readonly group: string | null;
  readonly change: ChangePhrase | null;
  readonly sentence: TextSpan;
}

/**
 * The result of {@link readReport}: the text as given and its claims in order.
 *
 * @category Audit
 */
export interface ReportReading {
  readonly text: string;
  readonly claims: readonly Claim[];
}
