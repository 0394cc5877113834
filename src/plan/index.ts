export { type EvaluatePlanOptions, evaluatePlan } from './evaluate-plan.js';
export { type PlanGroup, planGroupLabels, planGroups } from './plan-group.js';
export type { PendingReason, PlanItemResult, PlanResult } from './plan-result-schema.js';
export type {
  ItemEvaluation,
  NormalisedPlanItem,
  Plan,
  PlanInput,
  PlanItem,
  PlanItemInput,
  PublishedScorecard,
  ReportedStatus,
} from './plan-schema.js';
export {
  type GroupedItem,
  type ItemStatus,
  type ScoredItem,
  scorecard,
  scorecardByGroup,
} from './scorecard.js';
export type { Scorecard, ScorecardByGroup } from './scorecard-schema.js';
