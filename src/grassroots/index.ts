export {
  type ClassificationCounts,
  type ClassificationLevelCounts,
  type ClassificationTallyOptions,
  type ClassifiedUnit,
  classificationTally,
  clusterClassificationScale,
  communeClassificationScale,
} from './classification.js';
export type {
  ClassificationScale,
  ClassificationScaleInput,
  ClassificationTally,
} from './classification-schema.js';
export {
  type DescribeClassificationOptions,
  type DescribeOcopOptions,
  describeClassification,
  describeOcop,
} from './describe-grassroots.js';
export { type OcopOptions, starFromScore } from './ocop.js';
export type { OcopRecogniser, OcopRule, OcopStar, OcopTally } from './ocop-schema.js';
export { type OcopCounts, type OcopProduct, ocopTally } from './ocop-tally.js';
