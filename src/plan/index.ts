export { type EvaluatePlanOptions, evaluatePlan } from './evaluate-plan.js';
export { parsePlan } from './parse-plan.js';
export { type PlanGroup, planGroupLabels, planGroupSchema, planGroups } from './plan-group.js';
export {
  type PendingReason,
  type PlanItemResult,
  type PlanResult,
  pendingReasonSchema,
  planItemResultSchema,
  planResultSchema,
} from './plan-result-schema.js';
export {
  type ItemEvaluation,
  itemEvaluationSchema,
  type NormalisedPlanItem,
  type Plan,
  type PlanInput,
  type PlanItem,
  type PlanItemInput,
  type PublishedScorecard,
  planItemSchema,
  planSchema,
  publishedScorecardSchema,
  type ReportedStatus,
  reportedStatusSchema,
} from './plan-schema.js';
export {
  type GroupedItem,
  type ItemStatus,
  type ScoredItem,
  scorecard,
  scorecardByGroup,
} from './scorecard.js';
export {
  type Scorecard,
  type ScorecardByGroup,
  scorecardByGroupSchema,
  scorecardSchema,
} from './scorecard-schema.js';
