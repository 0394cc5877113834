import type { Rounding } from '../numeric/rounding.js';
import type { ReportReading, TextSpan } from './claim.js';

/**
 * What {@link auditReport} concluded about a claim:
 *
 * - `consistent` (khớp): the arithmetic holds under a usual rounding of the printed figures;
 * - `inconsistent` (không khớp): it fails under every usual rounding (half-up, truncation),
 *   even allowing for the rounding of figures that were themselves printed rounded;
 * - `unchecked` (chưa kiểm được): something needed is missing (a base, a previous figure, a
 *   list said to be complete); `missing` says what.
 *
 * @category Audit
 */
export type FindingVerdict = 'consistent' | 'inconsistent' | 'unchecked';

/**
 * Which arithmetic a finding checked: `percent` (a count over its total against the printed
 * percentage), `part-of-whole` (a part not above its whole), `plan` (attainment of a plan),
 * `share-sum` (shares of one whole add up to 100%), `change` (current − previous against
 * the printed change), `sum` (parts against their stated total).
 *
 * @category Audit
 */
export type FindingCheck = 'percent' | 'part-of-whole' | 'plan' | 'share-sum' | 'change' | 'sum';

/**
 * One finding of {@link auditReport}.
 *
 * - `verdict`, `check`: see {@link FindingVerdict} and {@link FindingCheck};
 * - `span`, `quote`: the words checked (for a group, from its first claim to its last);
 * - `claims`: the indexes of the claims checked in the reading's `claims`;
 * - `matches`: the roundings that reproduce the printed figure (empty when none, or when the
 *   check was exact);
 * - `arithmetic`: the computation in Vietnamese notation ("238/316 = 75,32%");
 * - `explanation` (English) and `explanationVi` (Vietnamese): the verdict in words, with what
 *   would make an inconsistent figure consistent;
 * - `hint`: for an inconsistent figure, what would reproduce it ("the printed shares all
 *   equal count ÷ 2.800"), else null; `missing`: for an unchecked one, what is missing.
 *
 * @category Audit
 */
export interface Finding {
  readonly verdict: FindingVerdict;
  readonly check: FindingCheck;
  readonly span: TextSpan;
  readonly quote: string;
  readonly claims: readonly number[];
  readonly matches: readonly Rounding[];
  readonly arithmetic: string;
  readonly explanation: string;
  readonly explanationVi: string;
  readonly hint: string | null;
  readonly missing: string | null;
}

/**
 * The counts of an audit: claims read, findings, and findings per verdict.
 *
 * @category Audit
 */
export interface AuditSummary {
  readonly claims: number;
  readonly findings: number;
  readonly consistent: number;
  readonly inconsistent: number;
  readonly unchecked: number;
}

/**
 * The result of {@link auditReport}: the reading it audited, its findings in text order and
 * their counts.
 *
 * @category Audit
 */
export interface ReportAudit {
  readonly reading: ReportReading;
  readonly findings: readonly Finding[];
  readonly summary: AuditSummary;
}
