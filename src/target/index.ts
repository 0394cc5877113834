export {
  type LevelTarget,
  levelTargetSchema,
  type Target,
  type TargetInput,
  type TargetKind,
  targetSchema,
} from './target-schema.js';
