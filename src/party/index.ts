export { type AdmissionAgeCheck, checkAdmissionAge } from './admission-age.js';
export type {
  AdmissionQuotaCheck,
  AdmissionUnit,
  QuotaAllocation,
} from './admission-quotas-schema.js';
export { type AdmissionsInput, evaluateAdmissions } from './admissions.js';
export type { AdmissionsResult } from './admissions-schema.js';
export {
  type AllocateAdmissionQuotasOptions,
  type AllocationUnit,
  allocateAdmissionQuotas,
} from './allocate-admission-quotas.js';
export {
  type CheckAdmissionQuotasOptions,
  checkAdmissionQuotas,
} from './check-admission-quotas.js';
export {
  type CheckExcellentQuotaOptions,
  checkExcellentQuota,
  type ExcellentQuotaCounts,
} from './check-excellent-quota.js';
export type {
  ExcellentQuotaCheck,
  ExcellentQuotaRule,
  QuotaBase,
} from './check-excellent-quota-schema.js';
export {
  type DescribeAdmissionsOptions,
  type DescribeRatingSharesOptions,
  describeAdmissions,
  describeInspections,
  describeRatingShares,
  type PercentFormat,
} from './describe-party.js';
export { evaluateGoodOrBetter } from './evaluate-good-or-better.js';
export { type InspectionTallyOptions, inspectionTally } from './inspection-tally.js';
export type { InspectionFigures, InspectionTally } from './inspection-tally-schema.js';
export {
  type AdmissionRecord,
  type DateRange,
  type ProbationDue,
  type ProbationDueResult,
  probationDue,
  probationEndDate,
} from './probation.js';
export { type RatingFromScoreOptions, ratingFromScore } from './rating-from-score.js';
export type {
  RatingCondition,
  RatingConditions,
  RatingConditionsInput,
  RatingResult,
  RatingScheme,
  ScoreBand,
} from './rating-from-score-schema.js';
export {
  compareRatingLevels,
  isRatingLevel,
  ratingLabels,
  ratingLevels,
  ratingShortLabels,
} from './rating-level.js';
export type { RatingCounts, RatingLevel } from './rating-level-schema.js';
export { ratingShares } from './rating-shares.js';
export type { RatingShares } from './rating-shares-schema.js';
