export { type AuditVerdict, auditVerdictSchema } from './audit-verdict-schema.js';
export {
  type ChangeBasis,
  type ChangeCheck,
  changeBasisSchema,
  changeCheckSchema,
} from './change-check-schema.js';
export { type ChangePhrase, changePhraseSchema } from './change-phrase-schema.js';
export { type CheckChangeOptions, checkChange } from './check-change.js';
export { type CheckShareOptions, checkShare } from './check-share.js';
export { checkStatusTally } from './check-status-tally.js';
export { type CheckTallyOptions, checkTally } from './check-tally.js';
export { type InferPlanOptions, inferPlan } from './infer-plan.js';
export {
  type PercentReconciliation,
  percentReconciliationSchema,
} from './percent-reconciliation-schema.js';
export {
  type PlanInference,
  type PlanInterval,
  planInferenceSchema,
  planIntervalSchema,
} from './plan-inference-schema.js';
export { type ReadChangePhraseOptions, readChangePhrase } from './read-change-phrase.js';
export { type ReconcilePercentOptions, reconcilePercent } from './reconcile-percent.js';
export { type ShareCheck, shareCheckSchema } from './share-check-schema.js';
export {
  type PublishedTally,
  publishedTallySchema,
  type StatusTallyCheck,
  statusTallyCheckSchema,
  type TallyStatus,
  tallyStatusSchema,
} from './status-tally-check-schema.js';
export { type TallyCheck, tallyCheckSchema } from './tally-check-schema.js';
