export {
  type AttainmentFigure,
  type DescribeAttainmentOptions,
  describeAttainment,
} from './describe-attainment.js';
export { type DescribeChangeOptions, describeChange } from './describe-change.js';
export { type DescribePlanReportOptions, describePlanReport } from './describe-plan.js';
export {
  type DescribeScorecardOptions,
  describeScorecard,
  type ScorecardCounts,
} from './describe-scorecard.js';
