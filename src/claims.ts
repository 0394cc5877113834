/**
 * chitieu/claims — whole reports: every figure claim in a Vietnamese report's text
 * ({@link readReport}), checked against its own arithmetic ({@link auditReport}) and told as
 * sentences ({@link describeFindings}). A separate entry point: it validates its options with
 * zod, which the root `chitieu` does not load.
 *
 * @module chitieu/claims
 */

export {
  type AuditReportOptions,
  type AuditSummary,
  auditReport,
  type Claim,
  type ClaimFigure,
  type ClaimKind,
  type DescribeFindingsOptions,
  describeFindings,
  type FigureRole,
  type Finding,
  type FindingCheck,
  type FindingVerdict,
  type ReadReportOptions,
  type ReportAudit,
  type ReportReading,
  readReport,
  type TextSpan,
} from './claims/index.js';
