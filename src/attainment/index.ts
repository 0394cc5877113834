export {
  type Attainment,
  attainmentSchema,
  type RatioBasis,
  ratioBasisSchema,
  type Status,
  type Strictness,
  statusSchema,
  strictnessSchema,
} from './attainment-schema.js';
export { cagr } from './cagr.js';
export { type ChangeOptions, change } from './change.js';
export {
  type Change,
  type ChangeDirection,
  changeDirectionSchema,
  changeSchema,
} from './change-schema.js';
export { defaultDirection } from './default-direction.js';
export { evaluate } from './evaluate.js';
export { type EvaluateOptions, evaluateOptionsSchema } from './evaluate-options-schema.js';
export { growthRate } from './growth-rate.js';
export { pace } from './pace.js';
export {
  type Pace,
  type PaceOptions,
  type PaceStatus,
  paceOptionsSchema,
  paceSchema,
  paceStatusSchema,
} from './pace-schema.js';
export { parseAttainment } from './parse-attainment.js';
export { progressStatus } from './progress-status.js';
export {
  type ProgressInput,
  type ProgressOutcome,
  type ProgressReason,
  type ProgressStatus,
  progressInputSchema,
  progressOutcomeSchema,
  progressReasonSchema,
  progressStatusSchema,
} from './progress-status-schema.js';
export { requiredGrowth } from './required-growth.js';
