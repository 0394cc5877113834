export { auditReport } from './audit-report.js';
export type {
  Claim,
  ClaimFigure,
  ClaimKind,
  FigureRole,
  ReportReading,
  TextSpan,
} from './claim.js';
export { describeFindings } from './describe-findings.js';
export type {
  AuditSummary,
  Finding,
  FindingCheck,
  FindingVerdict,
  ReportAudit,
} from './finding.js';
export type {
  AuditReportOptions,
  DescribeFindingsOptions,
  ReadReportOptions,
} from './options-schema.js';
export { readReport } from './read-report.js';
