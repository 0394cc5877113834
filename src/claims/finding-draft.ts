import type { Rounding } from '../numeric/rounding.js';
import type { Claim, TextSpan } from './claim.js';
import type { Finding, FindingCheck, FindingVerdict } from './finding.js';

/** @internal What a check hands back before the audit adds the claim indexes. */
export interface FindingFields {
  readonly verdict: FindingVerdict;
  readonly check: FindingCheck;
  readonly matches?: readonly Rounding[];
  readonly arithmetic: string;
  readonly explanation: string;
  readonly explanationVi: string;
  readonly hint?: string | null;
  readonly missing?: string | null;
}

/** @internal A frozen finding over claims `indexes` of `claims`. */
export function makeFinding(
  text: string,
  claims: readonly Claim[],
  indexes: readonly number[],
  fields: FindingFields,
): Finding {
  const first = claims[indexes[0] as number] as Claim;
  const last = claims[indexes[indexes.length - 1] as number] as Claim;
  const span: TextSpan = Object.freeze({
    start: Math.min(first.span.start, last.span.start),
    end: Math.max(first.span.end, last.span.end),
  });
  return Object.freeze({
    verdict: fields.verdict,
    check: fields.check,
    span,
    quote: text.slice(span.start, span.end),
    claims: Object.freeze([...indexes]),
    matches: Object.freeze([...(fields.matches ?? [])]),
    arithmetic: fields.arithmetic,
    explanation: fields.explanation,
    explanationVi: fields.explanationVi,
    hint: fields.hint ?? null,
    missing: fields.missing ?? null,
  });
}
