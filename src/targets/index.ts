export { type FormatTargetOptions, formatTarget } from './format-target.js';
export { type ParsedTarget, type ParseTargetOptions, parseTarget } from './parse-target.js';
export { parseTargets } from './parse-targets.js';
export type { LevelTarget, Target, TargetInput, TargetKind } from './target-schema.js';
