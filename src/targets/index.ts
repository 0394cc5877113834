export { type FormatTargetOptions, formatTarget } from './format-target.js';
export { type ParsedTarget, type ParseTargetOptions, parseTarget } from './parse-target.js';
export { parseTargetJson } from './parse-target-json.js';
export { parseTargets } from './parse-targets.js';
export { parsedTargetSchema } from './parsed-target-schema.js';
export {
  type LevelTarget,
  levelTargetSchema,
  type Target,
  type TargetInput,
  type TargetKind,
  targetSchema,
} from './target-schema.js';
