/**
 * chitieu/schemas — every zod (`zod/mini`) schema chitieu exports, and the document readers
 * built on them: {@link parsePlan}, {@link parseTargetJson}, {@link parseIndicator},
 * {@link parsePeriod}, and the results read back from JSON ({@link parseAttainment},
 * {@link parseChange}, {@link parsePlanResult}, {@link parsePlanItemResult}). Apps that
 * validate documents import them from here, and may compose the schemas into their own zod 4
 * schemas (`z.object({ t: targetSchema })`). This is the only entry point that loads zod.
 *
 * @module chitieu/schemas
 */

// attainment
export {
  attainmentSchema,
  ratioBasisSchema,
  statusSchema,
  strictnessSchema,
} from './attainment/attainment-schema.js';
export { changeDirectionSchema, changeSchema } from './attainment/change-schema.js';
export { evaluateOptionsSchema } from './attainment/evaluate-options-schema.js';
export { paceOptionsSchema, paceSchema, paceStatusSchema } from './attainment/pace-schema.js';
// document readers
export { parseAttainment } from './attainment/parse-attainment.js';
export { parseChange } from './attainment/parse-change.js';
export {
  progressInputSchema,
  progressOutcomeSchema,
  progressReasonSchema,
  progressStatusSchema,
} from './attainment/progress-status-schema.js';
// audit
export { auditVerdictSchema } from './audit/audit-verdict-schema.js';
export { changeBasisSchema, changeCheckSchema } from './audit/change-check-schema.js';
export { changePhraseSchema } from './audit/change-phrase-schema.js';
export { percentReconciliationSchema } from './audit/percent-reconciliation-schema.js';
export { planInferenceSchema, planIntervalSchema } from './audit/plan-inference-schema.js';
export { shareCheckSchema } from './audit/share-check-schema.js';
export {
  publishedTallySchema,
  statusTallyCheckSchema,
  tallyStatusSchema,
} from './audit/status-tally-check-schema.js';
export { tallyCheckSchema } from './audit/tally-check-schema.js';
export {
  auditReportOptionsSchema,
  describeFindingsOptionsSchema,
  readReportOptionsSchema,
} from './claims/options-schema.js';
// grassroots
export {
  classificationScaleSchema,
  classificationTallySchema,
} from './grassroots/classification-schema.js';
export {
  ocopRecogniserSchema,
  ocopRuleSchema,
  ocopStarSchema,
  ocopTallySchema,
} from './grassroots/ocop-schema.js';
// indicator
export { indicatorGroupSchema, indicatorSchema } from './indicator/indicator-schema.js';
export { directionSchema, measureSchema } from './indicator/measure-schema.js';
export { parseIndicator } from './indicator/parse-indicator.js';
// ntm
export {
  communeProgressOptionsSchema,
  communeProgressSchema,
  criteriaResultsSchema,
} from './ntm/commune-progress-schema.js';
export {
  communeGroupSchema,
  criteriaSetIdSchema,
  criteriaSetSchema,
  criterionIndicatorSchema,
  criterionSchema,
  districtConditionKindSchema,
  districtConditionSchema,
  ntmRegionSchema,
  ntmTierSchema,
} from './ntm/criteria-set-schema.js';
export {
  describeDistrictProgressOptionsSchema,
  describeNtmRollupOptionsSchema,
} from './ntm/describe-ntm-schema.js';
export {
  districtCommunesSchema,
  districtConditionResultSchema,
  districtProgressSchema,
  townProgressSchema,
} from './ntm/district-progress-schema.js';
export {
  communeSummarySchema,
  criterionTallySchema,
  ntmRollupChangeSchema,
  ntmRollupSchema,
  rollupOptionsSchema,
} from './ntm/ntm-rollup-schema.js';
// numeric
export { roundingSchema } from './numeric/rounding-schema.js';
// party
export {
  admissionQuotaCheckSchema,
  admissionUnitSchema,
  quotaAllocationSchema,
} from './party/admission-quotas-schema.js';
export { admissionsResultSchema } from './party/admissions-schema.js';
export {
  excellentQuotaCheckSchema,
  excellentQuotaRuleSchema,
  quotaBaseSchema,
} from './party/check-excellent-quota-schema.js';
export { inspectionFiguresSchema, inspectionTallySchema } from './party/inspection-tally-schema.js';
export {
  ratingConditionSchema,
  ratingConditionsSchema,
  ratingResultSchema,
  ratingSchemeSchema,
  scoreBandSchema,
} from './party/rating-from-score-schema.js';
export { ratingCountsSchema, ratingLevelSchema } from './party/rating-level-schema.js';
export { ratingSharesSchema } from './party/rating-shares-schema.js';
export { parsePeriod } from './period/parse-period.js';
// period
export { periodIntervalSchema } from './period/period-interval-schema.js';
export { periodSchema } from './period/period-schema.js';
export { parsePlan } from './plan/parse-plan.js';
export { parsePlanItemResult, parsePlanResult } from './plan/parse-plan-result.js';
// plan
export { planGroupSchema } from './plan/plan-group-schema.js';
export {
  pendingReasonSchema,
  planItemResultSchema,
  planResultSchema,
} from './plan/plan-result-schema.js';
export {
  itemEvaluationSchema,
  planItemSchema,
  planSchema,
  publishedScorecardSchema,
  reportedStatusSchema,
} from './plan/plan-schema.js';
export { scorecardByGroupSchema, scorecardSchema } from './plan/scorecard-schema.js';
export { parseTargetJson } from './targets/parse-target-json.js';
// targets
export { parsedTargetSchema } from './targets/parsed-target-schema.js';
export { levelTargetSchema, targetSchema } from './targets/target-schema.js';
// validation
export { decimalSchema, nonNegativeDecimalSchema } from './validation/decimal-schema.js';
