import { checkTally } from '../audit/check-tally.js';
import { chitieuError } from '../errors.js';
import type { Rounding } from '../numeric/rounding.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import { parseWithSchema } from '../validation/parse-with-schema.js';
import { checkChangeClaim } from './check-change-claim.js';
import { checkShareSum, commonWhole } from './check-groups.js';
import {
  checkPartWithoutWhole,
  checkPercentOf,
  checkPlanClaim,
  partAboveWhole,
} from './check-percent-claims.js';
import type { Claim, ClaimFigure, ReportReading } from './claim.js';
import { modeWords, role, vi } from './figures.js';
import type { Finding, ReportAudit } from './finding.js';
import { type FindingFields, makeFinding } from './finding-draft.js';
import {
  AUDIT_REPORT_OPTIONS,
  type AuditReportOptions,
  auditReportOptionsSchema,
} from './options-schema.js';
import { readReport } from './read-report.js';

const DEFAULT_MODES: readonly Rounding[] = ['half-up', 'truncate'];

function isReading(x: unknown): x is ReportReading {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as ReportReading).text === 'string' &&
    Array.isArray((x as ReportReading).claims)
  );
}

function checkSum(claim: Claim): FindingFields {
  const parts = claim.figures.filter((f) => f.role === 'part');
  const total = role(claim, 'total') as ClaimFigure;
  const r = checkTally(
    parts.map((p) => p.value),
    total.value,
  );
  const arithmetic = `${parts.map((p) => p.text).join(' + ')} = ${vi(r.computed, 0)}`;
  return r.consistent
    ? {
        verdict: 'consistent',
        check: 'sum',
        arithmetic,
        explanation: `${arithmetic}, the stated total ${total.text}`,
        explanationVi: `${arithmetic}, đúng tổng ${total.text}`,
      }
    : {
        verdict: 'inconsistent',
        check: 'sum',
        arithmetic,
        explanation: `${arithmetic}, not the stated total ${total.text}`,
        explanationVi: `${arithmetic}, không phải tổng ${total.text} đã nêu`,
        hint: `the parts add up to ${vi(r.computed, 0)}`,
      };
}

/** The audit's shared state: claims by group, plans by their actual figure, group hints. */
interface Context {
  readonly claims: readonly Claim[];
  readonly groups: ReadonlyMap<string, Claim[]>;
  /** Percent-of-plan claims by the offset of their actual figure. */
  readonly plans: ReadonlyMap<number, Claim>;
  readonly modes: readonly Rounding[];
  readonly wholes: Map<string, ReturnType<typeof commonWhole>>;
}

/** The common whole of a group's parts, computed once per group. */
function groupWhole(
  ctx: Context,
  id: string,
  group: readonly Claim[],
): ReturnType<typeof commonWhole> {
  if (!ctx.wholes.has(id)) {
    const total = role(group[0] as Claim, 'total');
    const plan = total === undefined ? undefined : ctx.plans.get(total.span.start);
    ctx.wholes.set(id, commonWhole(group, plan, ctx.modes));
  }
  return ctx.wholes.get(id) ?? null;
}

/** Add the shared-whole hint to the failing parts of a group. */
function withGroupHint(
  fields: FindingFields,
  printed: string,
  ctx: Context,
  id: string,
  group: readonly Claim[],
): FindingFields {
  if (fields.verdict !== 'inconsistent' || fields.check !== 'percent') return fields;
  const found = groupWhole(ctx, id, group);
  if (found === null) return fields;
  const modes = ctx.modes;
  const total = role(group[0] as Claim, 'total');
  const plan = total === undefined ? undefined : ctx.plans.get(total.span.start);
  const w = vi(found.whole, 0);
  const planPercent = plan === undefined ? undefined : role(plan, 'percent');
  const many = group.filter((c) => role(c, 'percent') !== undefined).length > 1;
  const en = `the printed share${many ? 's all equal' : ' equals'} count ÷ ${w}${
    found.withPlan && planPercent !== undefined ? ` (the plan the ${planPercent.text} implies)` : ''
  }`;
  const viText = `${many ? 'các tỷ lệ in ra đều bằng' : 'tỷ lệ in ra bằng'} số lượng ÷ ${w}${
    found.withPlan && planPercent !== undefined ? ` (kế hoạch mà ${planPercent.text} cho thấy)` : ''
  }`;
  return {
    ...fields,
    hint: en,
    explanation: `${fields.arithmetic}, not ${printed} under ${modeWords(modes, 0, 'or')}; ${en}`,
    explanationVi: `${fields.arithmetic}, không phải ${printed} dù ${modeWords(modes, 1, 'hay')}; ${viText}`,
  };
}

function checkOne(claim: Claim, ctx: Context): FindingFields | null {
  const modes = ctx.modes;
  const count = role(claim, 'count');
  const total = role(claim, 'total');
  const percent = role(claim, 'percent');
  switch (claim.kind) {
    case 'tally':
    case 'part-of-whole': {
      if (count === undefined) return null;
      if (total !== undefined && percent !== undefined) {
        const fields = checkPercentOf(count, total, percent, modes);
        const group = claim.group === null ? undefined : ctx.groups.get(claim.group);
        return group === undefined || claim.group === null
          ? fields
          : withGroupHint(fields, percent.text, ctx, claim.group, group);
      }
      if (total !== undefined)
        return count.value.gt(total.value) ? partAboveWhole(count, total) : null;
      return percent === undefined ? null : checkPartWithoutWhole(count, percent, modes);
    }
    case 'percent-of-plan':
      return checkPlanClaim(claim, modes);
    case 'change':
      return checkChangeClaim(claim, modes);
    case 'sum':
      return checkSum(claim);
    default:
      return null;
  }
}

/**
 * Audit every claim of a report: percentages against the count and total they divide, parts
 * against their whole, shares of one whole against 100%, changes against both figures,
 * sums against their total, attainment against its plan. It reuses
 * {@link reconcilePercent}, {@link checkChange}, {@link checkTally}, {@link checkShare}'s
 * arithmetic and {@link inferPlan}.
 *
 * No false alarm: a figure is `inconsistent` only when it fails under every rounding in
 * `options.modes` (half-up and truncation unless given), allowing for the rounding of figures
 * that were themselves printed rounded (a difference of two shares printed to 0,01 is known
 * only to ±0,01). Where the text leaves something out (a base, a previous figure, a list
 * said to be complete) the finding is `unchecked` and says what is missing.
 *
 * @category Audit
 * @param textOrReading - the report text, or what {@link readReport} made of it
 * @param options - `modes`: the roundings allowed; `read`: options for reading a text
 * @returns the reading, the findings in text order and their counts
 * @throws {@link ChitieuError} `invalid-argument` for anything but a text or a reading, or an
 * unknown option; `input-too-long` past 1 000 000 characters
 * @example
 * ```ts
 * const a = auditReport('Đã giải quyết 238/316 vụ việc, đạt tỷ lệ 88,9%.');
 * a.findings[0]?.verdict;
 * //=> 'inconsistent'
 * a.findings[0]?.arithmetic;
 * //=> '238/316 = 75,32%'
 * auditReport('Khu vực nông, lâm nghiệp và thuỷ sản chiếm 3,49%, tăng 0,19% so với năm 2022 (3,29%).')
 *   .summary.inconsistent;
 * //=> 0
 * ```
 */
export function auditReport(
  textOrReading: string | ReportReading,
  options: AuditReportOptions = {},
): ReportAudit {
  checkOptionKeys(options, AUDIT_REPORT_OPTIONS);
  const opts = parseWithSchema(
    auditReportOptionsSchema,
    options,
    'invalid-argument',
    'auditReport options',
    ['options'],
  );
  let reading: ReportReading;
  if (typeof textOrReading === 'string') reading = readReport(textOrReading, opts.read ?? {});
  else if (isReading(textOrReading)) reading = textOrReading;
  else {
    throw chitieuError('invalid-argument', 'a report text or the result of readReport', {
      received: textOrReading,
      path: ['textOrReading'],
    });
  }
  const modes: readonly Rounding[] = opts.modes ?? DEFAULT_MODES;
  const { claims, text } = reading;
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.group === null) continue;
    const list = groups.get(c.group) ?? [];
    list.push(c);
    groups.set(c.group, list);
  }
  const plans = new Map<number, Claim>();
  for (const c of claims) {
    const actual = c.kind === 'percent-of-plan' ? role(c, 'actual') : undefined;
    if (actual !== undefined) plans.set(actual.span.start, c);
  }
  const ctx: Context = { claims, groups, plans, modes, wholes: new Map() };
  const findings: Finding[] = [];
  const sumsDone = new Set<string>();
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i] as Claim;
    if (claim.kind === 'share' && claim.group !== null) {
      if (sumsDone.has(claim.group)) continue;
      sumsDone.add(claim.group);
      const shares = (groups.get(claim.group) ?? []).filter((c) => c.kind === 'share');
      if (shares.length < 2) continue;
      const indexes = shares.map((c) => claims.indexOf(c, i));
      findings.push(makeFinding(text, claims, indexes, checkShareSum(shares, modes)));
      continue;
    }
    const fields = checkOne(claim, ctx);
    if (fields !== null) findings.push(makeFinding(text, claims, [i], fields));
  }
  const count = (v: Finding['verdict']) => findings.filter((f) => f.verdict === v).length;
  return Object.freeze({
    reading,
    findings: Object.freeze(findings),
    summary: Object.freeze({
      claims: claims.length,
      findings: findings.length,
      consistent: count('consistent'),
      inconsistent: count('inconsistent'),
      unchecked: count('unchecked'),
    }),
  });
}
