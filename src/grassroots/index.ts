export {
  type ClassificationCounts,
  type ClassificationLevelCounts,
  type ClassificationTallyOptions,
  type ClassifiedUnit,
  classificationTally,
  clusterClassificationScale,
  communeClassificationScale,
} from './classification.js';
export {
  type ClassificationScale,
  type ClassificationScaleInput,
  type ClassificationTally,
  classificationScaleSchema,
  classificationTallySchema,
} from './classification-schema.js';
export {
  type DescribeClassificationOptions,
  type DescribeOcopOptions,
  describeClassification,
  describeOcop,
} from './describe-grassroots.js';
export { type OcopOptions, starFromScore } from './ocop.js';
export {
  type OcopRecogniser,
  type OcopRule,
  type OcopStar,
  type OcopTally,
  ocopRecogniserSchema,
  ocopRuleSchema,
  ocopStarSchema,
  ocopTallySchema,
} from './ocop-schema.js';
export { type OcopCounts, type OcopProduct, ocopTally } from './ocop-tally.js';
