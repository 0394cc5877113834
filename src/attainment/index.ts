export type { Attainment, RatioBasis, Status, Strictness } from './attainment-schema.js';
export { cagr } from './cagr.js';
export { type ChangeOptions, change } from './change.js';
export type { Change, ChangeDirection } from './change-schema.js';
export { defaultDirection } from './default-direction.js';
export { evaluate } from './evaluate.js';
export type { EvaluateOptions } from './evaluate-options-schema.js';
export { growthRate } from './growth-rate.js';
export { pace } from './pace.js';
export type { Pace, PaceOptions, PaceStatus } from './pace-schema.js';
export { progressStatus } from './progress-status.js';
export type {
  ProgressInput,
  ProgressOutcome,
  ProgressReason,
  ProgressStatus,
} from './progress-status-schema.js';
export { requiredGrowth } from './required-growth.js';
